package dev.obsc.dsl;

/** A typed handle on a stack service, for scrape jobs and collector pipelines. */
public record ServiceRef(String name) {
    /** One of the service's named ports; the compiler checks the service declares it. */
    public PortRef port(String portName) {
        return new PortRef(name, portName);
    }
}
