package io.backbeat.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance the API reads and writes with. Without a resolver RESTEasy builds a new Jsonb for every
 * body it reads or writes: a service-loader scan of the class path and a fresh model of each class, which was a
 * fifth of a purchase's CPU time (bench/purchase). A Jsonb is thread-safe and caches what it learns of each class.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    /** Default configuration, as RESTEasy's own would be. */
    public static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
