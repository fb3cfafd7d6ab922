package dev.obsc.dsl;

import dev.obsc.model.RecordingRule;
import dev.obsc.model.RuleGroup;
import dev.obsc.model.SourcePosition;
import dev.obsc.model.Suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the recording rules of one group. */
public final class RecordingGroupBuilder {
    private final String name;
    private final String interval;
    private final SourcePosition position;
    private final List<RecordingRule> rules = new ArrayList<>();

    RecordingGroupBuilder(String name, String interval, SourcePosition position) {
        this.name = name;
        this.interval = interval;
        this.position = position;
    }

    /** Records {@code expr} as {@code record}; returns the recorded series for later queries. */
    public RecordedSeries record(String record, Expr expr) {
        return record(record, expr, Map.of());
    }

    public RecordedSeries record(String record, Expr expr, Map<String, String> labels) {
        rules.add(new RecordingRule(record, expr.toQuery(), new TreeMap<>(labels), List.of(), Positions.caller()));
        return new RecordedSeries(record);
    }

    /**
     * Records {@code expr}, accepting warning {@code code} on it for {@code reason}; the review
     * report lists every accepted warning with its reason.
     */
    public RecordedSeries recordAccepting(String code, String reason, String record, Expr expr) {
        SourcePosition here = Positions.caller();
        rules.add(new RecordingRule(record, expr.toQuery(), new TreeMap<>(), List.of(new Suppression(code, reason, here)),
                here));
        return new RecordedSeries(record);
    }

    RuleGroup build() {
        return new RuleGroup(name, interval, rules, position);
    }
}
