package dev.obsc.compiler.promql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An instant vector selector: an optional metric name, label matchers as written, and the
 * optional {@code offset} and {@code @} modifiers. Inside a {@link MatrixSelector}, the
 * modifiers written after the range ({@code foo[5m] offset 1h}) live here, as in Prometheus.
 */
public record VectorSelector(
        Optional<String> metricName,
        List<LabelMatcher> matchers,
        Optional<Duration> offset,
        Optional<AtModifier> at,
        Span span) implements Expr {

    public VectorSelector {
        Objects.requireNonNull(metricName, "metricName");
        matchers = List.copyOf(matchers);
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(span, "span");
    }

    public static VectorSelector of(String metricName, LabelMatcher... matchers) {
        return new VectorSelector(Optional.of(metricName), List.of(matchers), Optional.empty(), Optional.empty(), Span.NONE);
    }

    /**
     * The metric this selector selects: the name written before the braces, or else the value of
     * an equality matcher on {@code __name__}.
     */
    public Optional<String> effectiveMetricName() {
        if (metricName.isPresent()) {
            return metricName;
        }
        return matchers.stream()
                .filter(m -> m.name().equals(LabelMatcher.METRIC_NAME_LABEL) && m.op() == LabelMatcher.MatchOp.EQUAL)
                .map(LabelMatcher::value)
                .findFirst();
    }

    public VectorSelector withOffset(Optional<Duration> newOffset, Span newSpan) {
        return new VectorSelector(metricName, matchers, newOffset, at, newSpan);
    }

    public VectorSelector withAt(Optional<AtModifier> newAt, Span newSpan) {
        return new VectorSelector(metricName, matchers, offset, newAt, newSpan);
    }

    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitVectorSelector(this);
    }
}
