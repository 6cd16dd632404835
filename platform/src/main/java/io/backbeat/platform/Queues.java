package io.backbeat.platform;

/**
 * JNDI names of the queues that wildfly-config/src/main/cli/messaging.cli creates. Constants, because
 * message-driven beans name their destination in an annotation.
 */
public final class Queues {

    public static final String UPLOADS = "java:/jms/queue/backbeat/uploads";
    public static final String TRANSCODES = "java:/jms/queue/backbeat/transcodes";
    public static final String PROBES = "java:/jms/queue/backbeat/probes";
    public static final String DEAD_LETTERS = "java:/jms/queue/backbeat/dead-letters";

    /** Message property naming what a message is about, so the dead-letter listener knows whom to tell. */
    public static final String KIND = "backbeatKind";

    private Queues() {
    }
}
