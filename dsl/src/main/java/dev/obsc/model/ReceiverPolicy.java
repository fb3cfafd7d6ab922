package dev.obsc.model;

/**
 * What an environment does with the declared receivers. The route tree is always kept, so routing
 * stays the same and testable; only where notifications end up changes.
 */
public enum ReceiverPolicy {
    /** Every receiver notifies as declared. */
    DELIVER,
    /** Pagers (PagerDuty, Opsgenie) are dropped; mail and chat are kept. */
    WITHOUT_PAGING,
    /** Every receiver posts to the environment's local webhook instead: nobody is notified. */
    LOCAL_WEBHOOK
}
