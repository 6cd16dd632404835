package io.backbeat.keys;

/** Whether a registered player may still receive purchases. A revoked player stays revoked. */
public enum PlayerStatus {
    ACTIVE, REVOKED
}
