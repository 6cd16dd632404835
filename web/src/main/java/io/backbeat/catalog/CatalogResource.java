package io.backbeat.catalog;

import io.backbeat.api.Page;
import io.backbeat.api.Params;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue for everyone: search, artists, albums, works. Only works on sale are ever shown. */
@Path("/catalog")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogue", description = "Works on sale, their artists and albums; open to anyone")
public class CatalogResource {

    @EJB
    Catalog catalog;

    @Context
    UriInfo uri;

    @GET
    @Path("/works")
    @Operation(summary = "Search works on sale",
            description = "q matches words of the artist, title and album (the last word also as a prefix); the other "
                    + "filters narrow the result. Ordered by relevance unless sort says otherwise.")
    public Page<WorkSummary> search(
            @QueryParam("q") @Parameter(description = "words to find in artist, title or album") String text,
            @QueryParam("artist") String artist, @QueryParam("title") String title,
            @QueryParam("album") String album, @QueryParam("genre") String genre,
            @QueryParam("year") String year,
            @QueryParam("sort") @Parameter(description = "relevance, title, artist, year, newest or price") String sort,
            @QueryParam("desc") @Parameter(description = "true for descending order") boolean descending,
            @QueryParam("page") @Parameter(description = "zero-based page number") String page,
            @QueryParam("size") @Parameter(description = "works per page, 1 to 100 (default 20)") String size) {
        return catalog.search(new SearchQuery(text, artist, title, album, genre, Params.optionalInteger(year, "year"),
                Params.choice(sort, "sort", SearchQuery.Order.class, SearchQuery.Order.RELEVANCE), descending,
                Params.integer(page, "page", 0), Params.integer(size, "size", 20)));
    }

    @GET
    @Path("/works/{id}")
    @Operation(summary = "One work on sale")
    public WorkSummary work(@PathParam("id") long id) {
        return catalog.work(id);
    }

    @GET
    @Path("/works/{id}/link")
    @Produces(BackbeatLink.MEDIA_TYPE)
    @Operation(summary = "A .backbeat file that opens the work's preview in the Backbeat player")
    public Response link(@PathParam("id") long id) {
        return Response.ok(linkTo(catalog.work(id)).format())
                .header("Content-Disposition", "attachment; filename=\"work-" + id + BackbeatLink.EXTENSION + "\"")
                .build();
    }

    @GET
    @Path("/works/{id}/preview.m3u")
    @Produces("audio/x-mpegurl")
    @Operation(summary = "An M3U playlist of the work's preview, for any media player")
    public Response playlist(@PathParam("id") long id) {
        WorkSummary work = catalog.work(id);
        String m3u = "#EXTM3U\n#EXTINF:" + work.durationSeconds() + "," + oneLine(work.artist()) + " - "
                + oneLine(work.title()) + "\n" + linkTo(work).previewUri() + "\n";
        return Response.ok(m3u)
                .header("Content-Disposition", "attachment; filename=\"work-" + id + ".m3u\"")
                .build();
    }

    @GET
    @Path("/genres")
    @Operation(summary = "Genres on sale with how many works each has, most first")
    public Map<String, Long> genres() {
        return catalog.genres();
    }

    @GET
    @Path("/artists")
    @Operation(summary = "Artists and bands A–Z by initial, or by genre")
    public Page<ArtistSummary> artists(
            @QueryParam("letter") @Parameter(description = "A to Z, or # for names starting otherwise") String letter,
            @QueryParam("genre") String genre, @QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = Params.integer(page, "page", 0);
        int pageSize = Params.integer(size, "size", 50);
        if (genre != null && !genre.isBlank()) {
            return catalog.artistsByGenre(genre, pageNumber, pageSize);
        }
        return catalog.artistsByInitial(letter == null || letter.isBlank() ? "A" : letter, pageNumber, pageSize);
    }

    @GET
    @Path("/artists/{id}")
    @Operation(summary = "An artist or band with their albums and singles on sale")
    public ArtistDetail artist(@PathParam("id") long id) {
        return catalog.artist(id);
    }

    @GET
    @Path("/albums/{id}")
    @Operation(summary = "An album with its works on sale, in track order")
    public AlbumDetail album(@PathParam("id") long id) {
        return catalog.album(id);
    }

    private BackbeatLink linkTo(WorkSummary work) {
        return new BackbeatLink(uri.getBaseUri().resolve("/"), work.id(), work.title(), work.artist());
    }

    /** An M3U line ends at a line break; a title must not start a new entry. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
