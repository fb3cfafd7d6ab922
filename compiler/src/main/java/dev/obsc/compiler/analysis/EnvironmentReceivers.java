package dev.obsc.compiler.analysis;

import dev.obsc.model.AlertmanagerGlobal;
import dev.obsc.model.AlertmanagerModel;
import dev.obsc.model.Environment;
import dev.obsc.model.Integration;
import dev.obsc.model.Receiver;
import dev.obsc.model.WebhookConfig;

import java.util.List;
import java.util.Optional;

/**
 * The Alertmanager configuration of one environment: the declared one with its receivers changed
 * by the environment's policy. The route tree, inhibitions and time intervals stay as declared, so
 * an alert reaches the same receivers (by name) in every environment.
 */
public final class EnvironmentReceivers {
    private EnvironmentReceivers() {
    }

    public static AlertmanagerModel apply(AlertmanagerModel declared, Environment environment) {
        return switch (environment.receiverPolicy()) {
            case DELIVER -> declared;
            case WITHOUT_PAGING -> withReceivers(declared, declared.global(), declared.receivers().stream()
                    .map(r -> new Receiver(r.name(), r.integrations().stream().filter(i -> !i.pages()).toList(),
                            r.position()))
                    .toList());
            case LOCAL_WEBHOOK -> withReceivers(declared, localOnly(declared.global()), declared.receivers().stream()
                    .map(r -> new Receiver(r.name(), List.<Integration>of(new WebhookConfig(
                            environment.localWebhookUrl().orElseThrow(), true, 0)), r.position()))
                    .toList());
        };
    }

    private static AlertmanagerModel withReceivers(AlertmanagerModel declared, AlertmanagerGlobal global,
                                                   List<Receiver> receivers) {
        return new AlertmanagerModel(global, receivers, declared.root(), declared.inhibitRules(),
                declared.timeIntervals(), declared.templates());
    }

    /** Without mail or chat receivers, the SMTP and Slack settings (and their secret files) are not needed. */
    private static AlertmanagerGlobal localOnly(AlertmanagerGlobal global) {
        return new AlertmanagerGlobal(global.resolveTimeout(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), global.smtpRequireTls(), Optional.empty());
    }
}
