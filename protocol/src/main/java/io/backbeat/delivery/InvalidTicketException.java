package io.backbeat.delivery;

/** A stream ticket that is missing or not in the ticket's format. */
public class InvalidTicketException extends Exception {

    public InvalidTicketException(String message) {
        super(message);
    }
}
