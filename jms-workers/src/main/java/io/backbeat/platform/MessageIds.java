package io.backbeat.platform;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.UUID;

/** Reading the ids our messages carry; a broken message is a system failure, so the broker redelivers. */
public final class MessageIds {

    private MessageIds() {
    }

    public static UUID uuid(Message message) {
        return UUID.fromString(text(message));
    }

    public static long number(Message message) {
        try {
            return Long.parseLong(text(message));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Message " + describe(message) + " does not carry an id", e);
        }
    }

    public static String text(Message message) {
        try {
            return message.getBody(String.class);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message " + describe(message), e);
        }
    }

    public static String kind(Message message) {
        try {
            return message.getStringProperty(Queues.KIND);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message " + describe(message), e);
        }
    }

    private static String describe(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id)";
        }
    }
}
