package dev.obsc.compiler.lowering.stack;

import dev.obsc.model.Environment;
import dev.obsc.model.ServicePort;
import dev.obsc.model.ServiceRole;
import dev.obsc.model.StackModel;
import dev.obsc.model.StackService;

/**
 * Where services are reached in an environment: inside the stack by host name and port, from
 * outside by an external URL. A service's main port is the one named {@value #WEB}, else its first.
 */
public final class Endpoints {
    public static final String WEB = "web";

    private Endpoints() {
    }

    public static ServicePort mainPort(StackService service) {
        return service.port(WEB).orElse(service.ports().get(0));
    }

    /** host:port of a service port inside the environment's network. */
    public static String address(Environment environment, StackService service, String portName) {
        return environment.host(service.name()) + ":" + service.portNumber(portName);
    }

    public static String url(Environment environment, StackService service, String portName) {
        return "http://" + address(environment, service, portName);
    }

    /** The URL users open: https://service.domain, or the port published on localhost. */
    public static String externalUrl(Environment environment, StackService service) {
        return environment.domain().map(domain -> "https://" + service.name() + "." + domain)
                .orElse("http://localhost:" + mainPort(service).port());
    }

    /** The service of a role that runs in the environment, if any. */
    public static java.util.Optional<StackService> running(StackModel stack, Environment environment,
                                                           ServiceRole role) {
        return stack.serviceOf(role).filter(service -> environment.runs(service.name()));
    }
}
