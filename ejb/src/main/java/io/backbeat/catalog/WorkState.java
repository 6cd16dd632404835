package io.backbeat.catalog;

/** Where a work is on its way from upload to sale. Only {@link #AVAILABLE} works are shown to customers. */
public enum WorkState {
    RECEIVED, CHECKING, TRANSCODING, AVAILABLE, REJECTED, FAILED
}
