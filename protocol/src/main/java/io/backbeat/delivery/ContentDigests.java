package io.backbeat.delivery;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the store's signature has hashed of each master sealed whole: the SHA-256 state after the master's last byte,
 * by the master's content id. A signature over a master is that state carried on over the signature's own fields
 * (its time, the licence, work and player), so a master sold again need not be hashed again for it; only the
 * integrity check, which covers each message's random prefix, still reads every byte. A content id names the bytes
 * themselves (their SHA-256), so what is kept under one never goes stale. Beyond its capacity the masters sealed
 * least recently are forgotten; a state is a few hundred bytes.
 */
public final class ContentDigests {

    private final Map<String, MessageDigest> states;

    /** Keeps the states of the last {@code capacity} masters sealed. */
    public ContentDigests(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A capacity of at least one master, not " + capacity);
        }
        states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MessageDigest> eldest) {
                return size() > capacity;
            }
        };
    }

    /** One master's hash as this store knows it. */
    public Master of(String content) {
        return new Master(this, content);
    }

    /** A master nothing is kept for: each sealing hashes it. */
    public static Master unknown() {
        return new Master(null, null);
    }

    /** The signature's hash of one master: known from an earlier sealing, or learnt by this one. */
    public static final class Master {

        private final ContentDigests digests;
        private final String content;

        private Master(ContentDigests digests, String content) {
            this.digests = digests;
            this.content = content;
        }

        /** A copy of the state after the master's last byte, when an earlier sealing kept it. */
        Optional<MessageDigest> known() {
            if (digests == null) {
                return Optional.empty();
            }
            synchronized (digests) {
                return Optional.ofNullable(digests.states.get(content)).map(Master::copy);
            }
        }

        /** Keeps a copy of {@code afterLastByte}, the state once every byte of the master has been hashed. */
        void learnt(MessageDigest afterLastByte) {
            if (digests != null) {
                MessageDigest kept = copy(afterLastByte);
                synchronized (digests) {
                    digests.states.put(content, kept);
                }
            }
        }

        private static MessageDigest copy(MessageDigest state) {
            try {
                return (MessageDigest) state.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("This JDK's SHA-256 cannot be copied", e);
            }
        }
    }
}
