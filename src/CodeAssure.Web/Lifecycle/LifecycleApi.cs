using System.Globalization;
using System.Security.Claims;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Authorization;

namespace CodeAssure.Web.Lifecycle;

/// <summary>
/// Maps the support lifecycle and incident register under <c>/api/v1/orgs/{slug}</c>, and the public
/// <c>/trust/{slug}/support.json</c>.
/// </summary>
internal static class LifecycleApi
{
    public static void MapLifecycleApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup("/api/v1/orgs/{slug}")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery()
            .AddEndpointFilter<ApiTenantFilter>();

        var support = org.MapGroup("/products/{productId:guid}/support");
        support.MapGet("/", GetSupport).WithSummary("A product's support policy, periods and published notices with their delivery.");
        support.MapPut("/policy", SetPolicy).WithSummary("Set the product's minimum support period (months) and the reason for it.");
        support.MapPost("/periods", AddPeriod).WithSummary("Record a support period; an end less than 365 days away needs a justification.");
        support.MapPut("/periods/{periodId:guid}", UpdatePeriod).WithSummary("Change a support period; a new end date is a new announcement.");
        support.MapDelete("/periods/{periodId:guid}", DeletePeriod).WithSummary("Delete a support period without notices.");
        support.MapPost("/notices", PublishNotice).WithSummary("Publish a notice to customers about a period (SRO or Owner).")
            .WithMetadata(new RequiresRoleAttribute(OrganisationRole.Sro));
        org.MapGet("/support/gaps", GetGaps).WithSummary("Gaps against principles 4.1 and 4.2 across the organisation's products.");

        var incidents = org.MapGroup("/incidents");
        incidents.MapGet("/", ListIncidents).WithSummary("The incident register, most recently detected first.");
        incidents.MapPost("/", CreateIncident).WithSummary("Record an incident.");
        incidents.MapGet("/{id:guid}", GetIncident).WithSummary("An incident with its timeline.");
        incidents.MapPatch("/{id:guid}", UpdateIncident).WithSummary("Change an incident; a status change adds a timeline entry.");
        incidents.MapPost("/{id:guid}/timeline", AddTimeline).WithSummary("Add a timeline entry.");
        incidents.MapGet("/{id:guid}/notice-draft", DraftNotice).WithSummary("A draft customer notice generated from the incident, to edit before publishing.");
        incidents.MapPost("/{id:guid}/notice", PublishIncidentNotice).WithSummary("Publish the customer notice: shown on the trust portal and sent to customers.");

        app.MapGet("/trust/{slug}/support.json", GetSupportJson).AllowAnonymous()
            .WithSummary("The organisation's support lifecycle (docs/support-lifecycle.schema.json).");
    }

    private static async Task<IResult> GetSupport(HttpContext c, Guid productId, SupportService support, Products.ProductService products, CancellationToken ct)
    {
        var tenant = c.Tenant();
        if (await products.FindAsync(tenant, productId, ct).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        var policy = await support.PolicyAsync(tenant, productId, ct).ConfigureAwait(false);
        var periods = await support.PeriodsAsync(tenant, productId, ct).ConfigureAwait(false);
        var notices = await support.NoticesAsync(tenant, productId, ct).ConfigureAwait(false);
        return TypedResults.Ok(new ProductSupportResponse(productId, SupportPolicyResponse.From(policy),
            periods.Select(SupportPeriodResponse.From).ToList(), notices.Select(SupportNoticeResponse.From).ToList()));
    }

    private static async Task<IResult> SetPolicy(HttpContext c, Guid productId, SupportPolicyRequest request, SupportService support, CancellationToken ct) =>
        await support.SetPolicyAsync(c.Tenant(), productId, request.MinimumSupportMonths?.ToString(CultureInfo.InvariantCulture), request.Reason, ct).ConfigureAwait(false) is { } policy
            ? TypedResults.Ok(SupportPolicyResponse.From(policy))
            : NotFound();

    private static async Task<IResult> AddPeriod(HttpContext c, Guid productId, SupportPeriodInput request, SupportService support, CancellationToken ct) =>
        await support.AddPeriodAsync(c.Tenant(), productId, request, ct).ConfigureAwait(false) is { } period
            ? TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/products/{productId}/support/periods/{period.Id}", SupportPeriodResponse.From(period))
            : NotFound();

    private static async Task<IResult> UpdatePeriod(HttpContext c, Guid productId, Guid periodId, SupportPeriodInput request, SupportService support, CancellationToken ct) =>
        await support.UpdatePeriodAsync(c.Tenant(), productId, periodId, request, ct).ConfigureAwait(false) is { } period
            ? TypedResults.Ok(SupportPeriodResponse.From(period))
            : NotFound();

    private static async Task<IResult> DeletePeriod(HttpContext c, Guid productId, Guid periodId, SupportService support, CancellationToken ct) =>
        await support.DeletePeriodAsync(c.Tenant(), productId, periodId, ct).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound();

    private static async Task<IResult> PublishNotice(HttpContext c, Guid productId, SupportNoticeRequest request, SupportService support, CancellationToken ct)
    {
        var tenant = c.Tenant();
        var notice = await support.PublishNoticeAsync(tenant, productId, request.PeriodId, request.Kind, request.Text, request.ShortNoticeJustification, UserId(c.User), ct).ConfigureAwait(false);
        if (notice is null)
        {
            return NotFound();
        }

        var delivery = (await support.NoticesAsync(tenant, productId, ct).ConfigureAwait(false)).First(d => d.Notice.Id == notice.Id);
        return TypedResults.Created($"/api/v1/orgs/{tenant.Slug}/products/{productId}/support", SupportNoticeResponse.From(delivery));
    }

    private static async Task<IResult> GetGaps(HttpContext c, SupportService support, CancellationToken ct) =>
        TypedResults.Ok(await support.SupportGapsAsync(c.Tenant().Id, ct).ConfigureAwait(false));

    private static async Task<IResult> ListIncidents(HttpContext c, IncidentService incidents, CancellationToken ct) =>
        TypedResults.Ok((await incidents.ListAsync(c.Tenant(), ct).ConfigureAwait(false)).Select(i => IncidentResponse.From(i)));

    private static async Task<IResult> CreateIncident(HttpContext c, IncidentRequest request, IncidentService incidents, CancellationToken ct)
    {
        var incident = await incidents.CreateAsync(c.Tenant(), request.ToInput(), Author(c.User), ct).ConfigureAwait(false);
        var details = await incidents.FindAsync(c.Tenant(), incident.Id, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/incidents/{incident.Id}", IncidentResponse.From(incident, details?.Timeline));
    }

    private static async Task<IResult> GetIncident(HttpContext c, Guid id, IncidentService incidents, CancellationToken ct) =>
        await incidents.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false) is { } details
            ? TypedResults.Ok(IncidentResponse.From(details.Incident, details.Timeline))
            : NotFound();

    private static async Task<IResult> UpdateIncident(HttpContext c, Guid id, IncidentRequest request, IncidentService incidents, CancellationToken ct)
    {
        if (await incidents.UpdateAsync(c.Tenant(), id, request.ToInput(), Author(c.User), ct).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        var details = await incidents.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false);
        return details is null ? NotFound() : TypedResults.Ok(IncidentResponse.From(details.Incident, details.Timeline));
    }

    private static async Task<IResult> AddTimeline(HttpContext c, Guid id, TimelineRequest request, IncidentService incidents, CancellationToken ct) =>
        await incidents.AddTimelineAsync(c.Tenant(), id, request.At, request.Text, Author(c.User), ct).ConfigureAwait(false) is { } entry
            ? TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/incidents/{id}", TimelineResponse.From(entry))
            : NotFound();

    private static async Task<IResult> DraftNotice(HttpContext c, Guid id, IncidentService incidents, CancellationToken ct) =>
        await incidents.DraftNoticeAsync(c.Tenant(), id, ct).ConfigureAwait(false) is { } draft
            ? TypedResults.Ok(new { summary = draft })
            : NotFound();

    private static async Task<IResult> PublishIncidentNotice(HttpContext c, Guid id, IncidentNoticeRequest request, IncidentService incidents, CancellationToken ct) =>
        await incidents.PublishNoticeAsync(c.Tenant(), id, request.Summary, Author(c.User), ct).ConfigureAwait(false) is { } incident
            ? TypedResults.Ok(IncidentResponse.From(incident))
            : NotFound();

    private static async Task<IResult> GetSupportJson(HttpContext c, string slug, PortalAccess portal, SupportLifecycleDocument document, CancellationToken ct)
    {
        var organisation = await portal.ResolveAsync(c.User, slug, ct).ConfigureAwait(false);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var portalUrl = $"{c.Request.Scheme}://{c.Request.Host}/trust/{organisation.Slug}";
        return TypedResults.Text(await document.WriteAsync(organisation, portalUrl, ct).ConfigureAwait(false), "application/json; charset=utf-8");
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    private static string Author(ClaimsPrincipal user) => user.Identity?.Name ?? UserId(user);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
