using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Authorization;

namespace CodeAssure.Web.Advisories;

/// <summary>
/// <c>/api/v1/orgs/{slug}/advisories</c>: list, create drafts from findings, edit, publish and revise CSAF advisories;
/// and <c>/api/v1/orgs/{slug}/releases/{id}/vex</c>: a release's VEX document.
/// </summary>
internal static class AdvisoriesApi
{
    public static void MapAdvisoriesApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup("/api/v1/orgs/{slug}")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery()
            .AddEndpointFilter<ApiTenantFilter>();

        org.MapGet("/advisories", List).WithSummary("Advisories, newest first (drafts and published).");
        org.MapPost("/advisories", Create).WithSummary("Create a draft advisory from finding ids, with a title, summary and details.");
        org.MapGet("/advisories/{id:guid}", Get).WithSummary("An advisory, with its CSAF validation problems.");
        org.MapPut("/advisories/{id:guid}", Update).WithSummary("Change a draft's title, summary and details; it is recomposed from the findings' current state.");
        org.MapGet("/advisories/{id:guid}/csaf", GetCsaf).WithSummary("The advisory as a CSAF 2.0 document.");
        org.MapPost("/advisories/{id:guid}/publish", Publish)
            .WithSummary("Publish a draft (version 1.0.0); refused with the CSAF validation failures when it is not valid.")
            .WithMetadata(new RequiresRoleAttribute(OrganisationRole.Sro));
        org.MapPost("/advisories/{id:guid}/revise", Revise)
            .WithSummary("Publish a new revision of a published advisory, with a summary of the change.")
            .WithMetadata(new RequiresRoleAttribute(OrganisationRole.Sro));
        org.MapGet("/releases/{releaseId:guid}/vex", Vex).WithSummary("The release's VEX document: format=cyclonedx (default, CycloneDX 1.6) or format=openvex (OpenVEX 0.2.0).");
    }

    private static Uri Portal(HttpContext c) => CsafProviderLayout.Portal(c.Request, c.Tenant().Slug);

    private static async Task<IResult> List(HttpContext c, AdvisoryService advisories, CancellationToken ct)
    {
        var portal = Portal(c);
        return TypedResults.Ok((await advisories.ListAsync(c.Tenant(), ct).ConfigureAwait(false)).Select(a => AdvisoryResponse.From(a, portal)));
    }

    private static async Task<IResult> Create(HttpContext c, AdvisoryDraftRequest request, AdvisoryService advisories, CancellationToken ct)
    {
        var created = await advisories.CreateDraftAsync(c.Tenant(), Portal(c), request.Title, request.Summary, request.Details, request.FindingIds ?? [], ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/advisories/{created.Id}", AdvisoryResponse.From(created, Portal(c)));
    }

    private static async Task<IResult> Get(HttpContext c, Guid id, AdvisoryService advisories, CancellationToken ct)
    {
        var advisory = await advisories.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false);
        return advisory is null
            ? NotFound()
            : TypedResults.Ok(new { advisory = AdvisoryResponse.From(advisory, Portal(c)), problems = AdvisoryService.Problems(advisory.CsafJson) });
    }

    private static async Task<IResult> Update(HttpContext c, Guid id, AdvisoryDraftRequest request, AdvisoryService advisories, CancellationToken ct)
    {
        var updated = await advisories.UpdateDraftAsync(c.Tenant(), id, Portal(c), request.Title, request.Summary, request.Details, ct).ConfigureAwait(false);
        return updated is null ? NotFound() : TypedResults.Ok(AdvisoryResponse.From(updated, Portal(c)));
    }

    private static async Task<IResult> GetCsaf(HttpContext c, Guid id, AdvisoryService advisories, CancellationToken ct)
    {
        var advisory = await advisories.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false);
        return advisory is null ? NotFound() : TypedResults.Text(advisory.CsafJson, "application/json; charset=utf-8");
    }

    private static async Task<IResult> Publish(HttpContext c, Guid id, AdvisoryService advisories, CancellationToken ct) =>
        Published(c, await advisories.PublishAsync(c.Tenant(), id, Portal(c), ct).ConfigureAwait(false));

    private static async Task<IResult> Revise(HttpContext c, Guid id, AdvisoryRevisionRequest request, AdvisoryService advisories, CancellationToken ct) =>
        Published(c, await advisories.ReviseAsync(c.Tenant(), id, Portal(c), request.Summary, ct).ConfigureAwait(false));

    private static IResult Published(HttpContext c, AdvisoryPublication? publication) => publication switch
    {
        null => NotFound(),
        { Published: true } => TypedResults.Ok(AdvisoryResponse.From(publication.Advisory, Portal(c))),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The advisory is not valid CSAF 2.0",
            detail: $"{publication.Problems.Count} problem(s); nothing was published. First: {publication.Problems[0]}",
            extensions: new Dictionary<string, object?> { ["problems"] = publication.Problems }),
    };

    private static async Task<IResult> Vex(HttpContext c, Guid releaseId, string? format, ReleaseVexService vex, CancellationToken ct)
    {
        var chosen = (format ?? "cyclonedx").Trim().ToLowerInvariant() switch
        {
            "cyclonedx" or "cdx" => VexFormat.CycloneDx,
            "openvex" => VexFormat.OpenVex,
            _ => throw new InvalidInputException("format", "The format must be cyclonedx or openvex."),
        };
        var documentId = new Uri($"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}/api/v1/orgs/{c.Tenant().Slug}/releases/{releaseId:D}/vex?format={(chosen == VexFormat.OpenVex ? "openvex" : "cyclonedx")}");
        var text = await vex.WriteAsync(c.Tenant(), releaseId, chosen, documentId, ct).ConfigureAwait(false);
        if (text is null)
        {
            return NotFound();
        }

        var (contentType, extension) = chosen == VexFormat.OpenVex
            ? ("application/json; charset=utf-8", "openvex.json")
            : ("application/vnd.cyclonedx+json; version=1.6; charset=utf-8", "vex.cdx.json");
        c.Response.Headers.ContentDisposition = $"attachment; filename=\"release-{releaseId:D}.{extension}\"";
        return TypedResults.Text(text, contentType);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
