package io.backbeat.diagnostics;

public enum ProbeState {
    SENT, DELIVERED, DEAD_LETTERED
}
