package io.backbeat.catalog;

public enum MediaType {
    AUDIO, VIDEO, TEXT
}
