package dev.obsc.dsl;

import dev.obsc.model.Matcher;
import dev.obsc.model.Route;
import dev.obsc.model.SourcePosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A node of the routing tree; fields left unset are inherited from the parent route. */
public final class RouteBuilder {
    private final SourcePosition position;
    private ReceiverRef receiver;
    private final List<Matcher> matchers = new ArrayList<>();
    private List<String> groupBy;
    private String groupWait;
    private String groupInterval;
    private String repeatInterval;
    private boolean continueMatching;
    private final List<String> muteTimeIntervals = new ArrayList<>();
    private final List<String> activeTimeIntervals = new ArrayList<>();
    private final List<RouteBuilder> children = new ArrayList<>();

    RouteBuilder(SourcePosition position) {
        this.position = position;
    }

    public RouteBuilder receiver(ReceiverRef receiver) {
        this.receiver = receiver;
        return this;
    }

    /** The route matches alerts that match all of these. */
    public RouteBuilder matching(Matcher... matchers) {
        this.matchers.addAll(Arrays.asList(matchers));
        return this;
    }

    public RouteBuilder groupBy(Label... labels) {
        this.groupBy = Arrays.stream(labels).map(Label::name).toList();
        return this;
    }

    public RouteBuilder groupBy(String... labels) {
        this.groupBy = List.of(labels);
        return this;
    }

    public RouteBuilder groupWait(String duration) {
        this.groupWait = duration;
        return this;
    }

    public RouteBuilder groupInterval(String duration) {
        this.groupInterval = duration;
        return this;
    }

    public RouteBuilder repeatInterval(String duration) {
        this.repeatInterval = duration;
        return this;
    }

    /** After this route matches, keep evaluating its later siblings too. */
    public RouteBuilder continueMatching() {
        this.continueMatching = true;
        return this;
    }

    public RouteBuilder muteDuring(TimeIntervalRef interval) {
        muteTimeIntervals.add(interval.name());
        return this;
    }

    public RouteBuilder activeDuring(TimeIntervalRef interval) {
        activeTimeIntervals.add(interval.name());
        return this;
    }

    public RouteBuilder route(Consumer<RouteBuilder> spec) {
        RouteBuilder child = new RouteBuilder(Positions.caller());
        spec.accept(child);
        children.add(child);
        return this;
    }

    Route build() {
        return new Route(Optional.ofNullable(receiver).map(ReceiverRef::name), matchers, Optional.ofNullable(groupBy),
                Optional.ofNullable(groupWait), Optional.ofNullable(groupInterval), Optional.ofNullable(repeatInterval),
                continueMatching, muteTimeIntervals, activeTimeIntervals,
                children.stream().map(RouteBuilder::build).toList(), position);
    }
}
