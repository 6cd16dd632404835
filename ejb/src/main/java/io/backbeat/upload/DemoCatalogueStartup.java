package io.backbeat.upload;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** On start, seeds the demo catalogue if the store holds nothing else and it is not complete. Off with backbeat.demo=false. */
@Startup
@Singleton
@DependsOn("DemoAccounts")
@PermitAll
public class DemoCatalogueStartup {

    @EJB
    DemoCatalogue demo;

    @Inject
    @ConfigProperty(name = "backbeat.demo", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (enabled && demo.unfinished()) {
            demo.seed();
        }
    }
}
