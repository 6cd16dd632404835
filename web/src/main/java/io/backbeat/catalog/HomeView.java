package io.backbeat.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class HomeView {

    private static final int SHOWN = 8;

    @EJB
    Catalog catalog;

    private List<WorkSummary> newest;
    private List<WorkSummary> popular;

    public List<WorkSummary> getNewest() {
        if (newest == null) {
            newest = catalog.newest(SHOWN);
        }
        return newest;
    }

    public List<WorkSummary> getPopular() {
        if (popular == null) {
            popular = catalog.popular(SHOWN);
        }
        return popular;
    }
}
