package io.backbeat.upload;

import io.backbeat.account.Role;
import io.backbeat.api.Params;
import io.backbeat.content.TooLargeException;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Musicians' uploads: the master is the request body, streamed to the content store as it arrives; the song
 * information is in the query string. The answer comes as soon as the upload is received (202), and the
 * pipeline's progress is read from {@code GET /api/uploads/{id}}.
 */
@Path("/uploads")
@Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MUSICIAN_NAME)
@Tag(name = "Uploads", description = "Musicians send masters and follow them through checking and transcoding")
public class UploadResource {

    @EJB
    Uploads uploads;

    @Inject
    Validator validator;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes("*/*")
    @Operation(summary = "Upload a master",
            description = "The body is the file itself: MP3 (at least 128 kb/s, 44.1 kHz, stereo), WAV or FLAC, sent as "
                    + "audio/mpeg, audio/wav or audio/flac. Name the file in Content-Disposition (filename=...) or the "
                    + "fileName parameter. 202 with the upload's state; 413 over the size limit; 415 for other types; "
                    + "409 if this artist already uploaded the same bytes.")
    public Response upload(
            @QueryParam("title") String title, @QueryParam("album") String album,
            @QueryParam("track") String track, @QueryParam("genre") String genre,
            @QueryParam("year") String year,
            @QueryParam("price") @Parameter(description = "price in points, 0 to 100000") String price,
            @QueryParam("explicit") String explicit,
            @QueryParam("business") @Parameter(description = "licensed for background music in businesses")
            String business,
            @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @HeaderParam("Content-Disposition") String disposition,
            InputStream body) {
        uploads.requireMasterType(contentType);
        if (contentLength != null && contentLength.strip().matches("\\d{1,18}")
                && Long.parseLong(contentLength.strip()) > uploads.maxBytes()) {
            throw new TooLargeException(uploads.maxBytes());
        }
        var details = new SongForm(title, album, track, genre, year, price, flag(explicit, "explicit"),
                flag(business, "business")).toDetails(validator);
        String name = fileName != null ? fileName : fileNameIn(disposition);
        UploadStatus status = uploads.accept(security.getUserPrincipal().getName(), details, name, body);
        return Response.accepted(status).location(uri.getBaseUriBuilder().path("uploads")
                .path(Long.toString(status.id())).build()).build();
    }

    @GET
    @Operation(summary = "My uploads, newest first")
    public List<UploadStatus> mine(@QueryParam("limit") String limit) {
        int count = Params.integer(limit, "limit", 100);
        return uploads.mine(security.getUserPrincipal().getName(), Math.max(1, Math.min(count, 500)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.MUSICIAN_NAME, Role.ADMIN_NAME})
    @Operation(summary = "One upload: its state, the reason it was rejected or failed, and its QA report")
    public UploadStatus status(@PathParam("id") long id) {
        return uploads.status(security.getUserPrincipal().getName(), id);
    }

    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new InvalidInputException(Map.of(name, "The parameter " + name
                    + " is true or false, not \"" + value + "\"."));
        };
    }

    /** The filename of a Content-Disposition header, plain or RFC 5987 encoded; null when there is none. */
    static String fileNameIn(String disposition) {
        if (disposition == null) {
            return null;
        }
        var encoded = java.util.regex.Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(disposition);
        if (encoded.find()) {
            return java.net.URLDecoder.decode(encoded.group(1).strip().replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        var plain = java.util.regex.Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(disposition);
        if (plain.find()) {
            return plain.group(2) != null ? plain.group(2) : plain.group(1).strip();
        }
        return null;
    }
}
