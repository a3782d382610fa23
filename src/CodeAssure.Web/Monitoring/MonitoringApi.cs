using System.Security.Claims;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Monitoring;

/// <summary>
/// Maps the monitoring routes: a release's SBOM (upload, download, components), its match job, and for the server
/// administrator the job list and a manual re-match of every release.
/// </summary>
internal static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery();

        var release = api.MapGroup("/orgs/{slug}/products/{id:guid}/releases/{releaseId:guid}").AddEndpointFilter<ApiTenantFilter>();
        release.MapPut("/sbom", UploadSbom)
            // Any content type: the format is recognised from the content, so no media type is required.
            .WithSummary("Attach an SBOM to the release (raw body: CycloneDX JSON/XML or SPDX in any encoding, at most 50 MB); replaces an earlier one and enqueues matching.");
        release.MapGet("/sbom", DownloadSbom).WithSummary("The release's SBOM exactly as uploaded.");
        release.MapGet("/sbom/info", SbomInfo).WithSummary("The release's SBOM: format, SHA-256, size, component count, uploader.");
        release.MapGet("/components", Components).WithSummary("The components of the release's SBOM, as matched against OSV.");

        var admin = api.MapGroup("/admin").WithMetadata(new SessionOnlyAttribute());
        admin.MapPost("/osv/rematch", Rematch).WithSummary("Server administrator: re-match every release against the OSV index now (unless a re-match is already queued).");
        admin.MapGet("/jobs", ListJobs).WithSummary("Server administrator: the latest background jobs (filter: state).");
    }

    private static async Task<IResult> UploadSbom(HttpContext c, Guid id, Guid releaseId, ReleaseSbomService sboms, CancellationToken ct)
    {
        var tenant = c.Tenant();
        if (await sboms.FindReleaseAsync(tenant, id, releaseId, ct).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        // Kestrel's default body limit (30 MB) is below the SBOM limit; this route counts the bytes itself.
        if (c.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MonitoringSettings.MaxSbomBytes + 1L;
        }

        var content = await RequestBody.ReadAsync(c.Request, MonitoringSettings.MaxSbomBytes, ct).ConfigureAwait(false);
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
                detail: $"SBOMs are limited to {MonitoringSettings.MaxSbomBytes / (1024 * 1024)} MB.");
        }

        if (content.Length == 0)
        {
            throw new InvalidInputException("sbom", "The request body is empty: send the SBOM document as the body.");
        }

        var user = c.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        var stored = await sboms.UploadAsync(tenant, id, releaseId, content, user, ct).ConfigureAwait(false);
        if (stored is not { } result)
        {
            return NotFound();
        }

        return TypedResults.Created($"/api/v1/orgs/{tenant.Slug}/products/{id}/releases/{releaseId}/sbom/info",
            ReleaseSbomResponse.From(result.Sbom, result.JobId));
    }

    private static async Task<IResult> DownloadSbom(HttpContext c, Guid id, Guid releaseId, ReleaseSbomService sboms, CancellationToken ct) =>
        await sboms.FindAsync(c.Tenant(), releaseId, ct).ConfigureAwait(false) is { } sbom && sbom.ProductId == id
            ? TypedResults.File(sbom.Content, sbom.MediaType, $"sbom-{releaseId}{(sbom.MediaType.EndsWith("xml", StringComparison.Ordinal) ? ".xml" : sbom.MediaType.EndsWith("json", StringComparison.Ordinal) ? ".json" : ".spdx")}")
            : NotFound();

    private static async Task<IResult> SbomInfo(HttpContext c, Guid id, Guid releaseId, ReleaseSbomService sboms, CancellationToken ct) =>
        await sboms.FindAsync(c.Tenant(), releaseId, ct).ConfigureAwait(false) is { } sbom && sbom.ProductId == id
            ? TypedResults.Ok(ReleaseSbomResponse.From(sbom))
            : NotFound();

    private static async Task<IResult> Components(HttpContext c, Guid id, Guid releaseId, ReleaseSbomService sboms, CancellationToken ct)
    {
        if (await sboms.FindReleaseAsync(c.Tenant(), id, releaseId, ct).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        return TypedResults.Ok((await sboms.ComponentsAsync(c.Tenant(), releaseId, ct).ConfigureAwait(false)).Select(ReleaseComponentResponse.From));
    }

    private static async Task<IResult> Rematch(ClaimsPrincipal user, CodeAssureDbContext db, JobQueue jobs, CancellationToken ct)
    {
        if (!await IsServerAdminAsync(user, db, ct).ConfigureAwait(false))
        {
            return Forbidden();
        }

        var queued = await db.BackgroundJobs.AsNoTracking()
            .FirstOrDefaultAsync(j => j.Kind == JobKinds.RematchAll && j.State == BackgroundJobState.Queued, ct).ConfigureAwait(false);
        if (queued is not null)
        {
            return TypedResults.Ok(BackgroundJobResponse.From(queued));
        }

        var job = jobs.Add(JobKinds.RematchAll, "manual");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.Accepted($"/api/v1/admin/jobs?state=queued", BackgroundJobResponse.From(job));
    }

    private static async Task<IResult> ListJobs(ClaimsPrincipal user, CodeAssureDbContext db, [FromQuery] string? state, CancellationToken ct)
    {
        if (!await IsServerAdminAsync(user, db, ct).ConfigureAwait(false))
        {
            return Forbidden();
        }

        var query = db.BackgroundJobs.AsNoTracking();
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<BackgroundJobState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ApiErrors.Invalid(new InvalidInputException("state", "The state must be queued, running, done or failed."));
            }

            query = query.Where(j => j.State == parsed);
        }

        // Newest first by creation; sorted in memory because SQLite cannot order by a DateTimeOffset column.
        var jobs = await query.ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(jobs.OrderByDescending(j => j.CreatedAt).Take(100).Select(BackgroundJobResponse.From));
    }

    private static async Task<bool> IsServerAdminAsync(ClaimsPrincipal user, CodeAssureDbContext db, CancellationToken ct)
    {
        if (user.Identity?.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return false;
        }

        return await db.Users.AsNoTracking().AnyAsync(u => u.Id == id && u.IsServerAdmin, ct).ConfigureAwait(false);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only the server administrator may do this.");
}
