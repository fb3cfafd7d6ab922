package dev.obsc.dsl;

/** The series a recording rule produces, to be used in alerts, dashboards and other rules. */
public final class RecordedSeries extends NamedSeries {
    RecordedSeries(String name) {
        super(name);
    }
}
