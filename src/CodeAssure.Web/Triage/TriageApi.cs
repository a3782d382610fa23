using System.Globalization;
using System.Security.Claims;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Triage;

/// <summary>Maps <c>/api/v1/orgs/{slug}/findings</c>: triage, SLA policy, metrics and KEV/EPSS import.</summary>
internal static class TriageApi
{
    public static void MapTriageApi(this IEndpointRouteBuilder app)
    {
        var findings = app.MapGroup("/api/v1/orgs/{slug}/findings")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery()
            .AddEndpointFilter<ApiTenantFilter>()
            .WithTags("Findings");

        findings.MapGet("/", List).WithSummary("Findings, most urgent first (filters: product, release, status (a VEX status or 'open'), severity, overdue, assignee (email or 'none')).");
        findings.MapPost("/", Create).WithSummary("Record a finding by hand (status under_investigation; due date from the SLA policy).");
        findings.MapGet("/metrics", Metrics).WithSummary("Open findings by severity, mean time to remediate, SLA compliance per month for 12 months (windowDays: 1–3650, default 90).");
        findings.MapGet("/sla", GetPolicy).WithSummary("The SLA policy: days from detection until due, per severity.");
        findings.MapPut("/sla", PutPolicy).WithSummary("Change the SLA policy; open findings' due dates move with it.")
            .WithMetadata(new RequiresRoleAttribute(OrganisationRole.Owner), new SessionOnlyAttribute());
        findings.MapGet("/assignable", Assignable).WithSummary("Members who may be assigned findings (Engineer and above).");
        findings.MapPost("/kev", ImportKev).WithSummary("Import CISA's Known Exploited Vulnerabilities catalogue (Content-Type application/json, or application/gzip) and mark matching findings.");
        findings.MapPost("/epss", ImportEpss).WithSummary("Import FIRST EPSS scores (the CSV cve,epss,percentile; Content-Type text/csv, or application/gzip).");
        findings.MapGet("/{id:guid}", Get).WithSummary("A finding.");
        findings.MapPatch("/{id:guid}", Patch).WithSummary("Move a finding through the VEX states and/or assign it.");
        findings.MapGet("/{id:guid}/comments", Comments).WithSummary("A finding's comments, oldest first.");
        findings.MapPost("/{id:guid}/comments", Comment).WithSummary("Comment on a finding (plain text, at most 4000 characters).");
    }

    private static async Task<IResult> List(
        HttpContext c, FindingService service, [FromQuery] string? product, [FromQuery] string? release, [FromQuery] string? status,
        [FromQuery] string? severity, [FromQuery] string? overdue, [FromQuery] string? assignee, CancellationToken ct)
    {
        var filter = FindingFilter.Parse(product, release, status, severity, overdue, assignee);
        return TypedResults.Ok((await service.ListAsync(c.Tenant(), filter, ct).ConfigureAwait(false)).Select(FindingResponse.From));
    }

    private static async Task<IResult> Create(HttpContext c, FindingCreateRequest request, FindingService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(c.Tenant(), new NewFinding(
            request.ProductId, request.ReleaseId, request.VulnerabilityId, request.Aliases, request.Summary, request.PackageUrl, request.Severity, request.CvssVector, request.Assignee), ct).ConfigureAwait(false);
        var summary = await service.FindAsync(c.Tenant(), created.Id, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/findings/{created.Id}", FindingResponse.From(summary!));
    }

    private static async Task<IResult> Get(HttpContext c, Guid id, FindingService service, CancellationToken ct) =>
        await service.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false) is { } found ? TypedResults.Ok(FindingResponse.From(found)) : NotFound();

    private static async Task<IResult> Patch(HttpContext c, Guid id, FindingPatchRequest request, FindingService service, CancellationToken ct)
    {
        var change = new FindingChange(request.Status, request.Justification, request.StatusDetail, request.FixedInVersion, request.Assignee);
        return await service.ChangeAsync(c.Tenant(), id, change, ct).ConfigureAwait(false) is null
            ? NotFound()
            : TypedResults.Ok(FindingResponse.From((await service.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false))!));
    }

    private static async Task<IResult> Comments(HttpContext c, Guid id, FindingService service, CancellationToken ct) =>
        await service.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false) is null
            ? NotFound()
            : TypedResults.Ok((await service.CommentsAsync(c.Tenant(), id, ct).ConfigureAwait(false)).Select(CommentResponse.From));

    private static async Task<IResult> Comment(HttpContext c, Guid id, CommentRequest request, FindingService service, CancellationToken ct)
    {
        var comment = await service.CommentAsync(c.Tenant(), id, Actor(c.User), request.Text, ct).ConfigureAwait(false);
        return comment is null
            ? NotFound()
            : TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/findings/{id}/comments", CommentResponse.From(comment, c.User.Identity?.Name ?? comment.AuthorId));
    }

    private static async Task<IResult> Metrics(HttpContext c, FindingService service, [FromQuery] string? windowDays, CancellationToken ct)
    {
        var window = TriageMetrics.DefaultWindowDays;
        if (!string.IsNullOrWhiteSpace(windowDays) &&
            (!int.TryParse(windowDays, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window is < 1 or > SlaDays.MaxDays))
        {
            throw new InvalidInputException("windowDays", $"The window must be a whole number of days from 1 to {SlaDays.MaxDays}.");
        }

        return TypedResults.Ok(await service.MetricsAsync(c.Tenant(), window, ct).ConfigureAwait(false));
    }

    private static async Task<IResult> GetPolicy(HttpContext c, FindingService service, CancellationToken ct) =>
        TypedResults.Ok(SlaPolicyBody.From(await service.PolicyAsync(c.Tenant().Id, ct).ConfigureAwait(false)));

    private static async Task<IResult> PutPolicy(HttpContext c, SlaPolicyBody request, FindingService service, CancellationToken ct)
    {
        var days = SlaDays.Parse(Text(request.CriticalDays), Text(request.HighDays), Text(request.MediumDays), Text(request.LowDays), Text(request.UnknownDays));
        return TypedResults.Ok(SlaPolicyBody.From(await service.UpdatePolicyAsync(c.Tenant(), days, ct).ConfigureAwait(false)));
    }

    private static async Task<IResult> Assignable(HttpContext c, FindingService service, CancellationToken ct) =>
        TypedResults.Ok((await service.AssignableAsync(c.Tenant(), ct).ConfigureAwait(false)).Select(AssignableResponse.From));

    private static async Task<IResult> ImportKev(HttpContext c, ExploitabilityImport import, CancellationToken ct)
    {
        if (!HasType(c.Request, "application/json"))
        {
            return UnsupportedType("Send the KEV catalogue with Content-Type: application/json (or application/gzip).");
        }

        return await ReadUploadAsync(c.Request, ct).ConfigureAwait(false) is { } body
            ? TypedResults.Ok(await import.ApplyKevAsync(c.Tenant(), body, ct).ConfigureAwait(false))
            : TooLarge();
    }

    private static async Task<IResult> ImportEpss(HttpContext c, ExploitabilityImport import, CancellationToken ct)
    {
        if (!HasType(c.Request, "text/csv"))
        {
            return UnsupportedType("Send the EPSS CSV with Content-Type: text/csv (or application/gzip).");
        }

        return await ReadUploadAsync(c.Request, ct).ConfigureAwait(false) is { } body
            ? TypedResults.Ok(await import.ApplyEpssAsync(c.Tenant(), body, ct).ConfigureAwait(false))
            : TooLarge();
    }

    // Neither type is CORS-safelisted, so another site cannot post an upload without a preflight, which the server refuses.
    private static bool HasType(HttpRequest request, string expected) =>
        request.ContentType is { } type &&
        (type.StartsWith(expected, StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/gzip", StringComparison.OrdinalIgnoreCase));

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnsupportedType(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: detail);

    /// <summary>The body, or null when it is larger than <see cref="ExploitabilityImport.MaxBytes"/>.</summary>
    private static async Task<byte[]?> ReadUploadAsync(HttpRequest request, CancellationToken ct) =>
        await RequestBody.ReadAsync(request, ExploitabilityImport.MaxBytes, ct).ConfigureAwait(false) is not { } body ? null
            : body.Length == 0 ? throw new InvalidInputException("file", "The upload is empty.") : body;

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Actor(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
        detail: $"Uploads are limited to {ExploitabilityImport.MaxBytes / 1_000_000} MB.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
