package io.backbeat.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Backbeat API", version = "1",
        description = "Catalogue, accounts, points, purchases and delivery for the Backbeat store and player."))
@SecurityScheme(securitySchemeName = BackbeatApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
public class BackbeatApi extends Application {

    /** The API authenticates with the same accounts as the site, by HTTP Basic over HTTPS. */
    public static final String BASIC = "basic";
}
