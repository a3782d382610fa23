using System.Security.Claims;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.AuditLog;
using CodeAssure.Web.Evidence;
using CodeAssure.Web.Organisations;
using CodeAssure.Web.Products;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Api;

/// <summary>Maps <c>/api/v1</c>: everything the pages do, as JSON, with problem details for every error.</summary>
internal static class CodeAssureApi
{
    public static void MapCodeAssureApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery();

        api.MapGet("/orgs", ListOrganisations).WithSummary("Organisations the signed-in person belongs to.").WithMetadata(new SessionOnlyAttribute());
        api.MapPost("/orgs", CreateOrganisation).WithSummary("Create an organisation; the caller becomes its Owner.");
        api.MapPost("/evidence", UploadWithToken)
            .WithSummary("Upload an evidence bundle with an API token; the organisation is the token's, the product is named by id or name.")
            .Accepts<object>("application/json");

        var org = api.MapGroup("/orgs/{slug}").AddEndpointFilter<ApiTenantFilter>();
        org.MapGet("/", (HttpContext c) => TypedResults.Ok(OrganisationResponse.From(c.Tenant().Organisation, c.Tenant().Role)))
            .WithSummary("The organisation and its profile.");
        org.MapPut("/profile", UpdateProfile).WithSummary("Change the profile: stakeholder role, SRO appointment.").WithMetadata(new RequiresRoleAttribute(OrganisationRole.Sro), new SessionOnlyAttribute());

        org.MapGet("/members", ListMembers).WithSummary("Members and their roles.");
        org.MapPost("/members", AddMember).WithSummary("Add a member (creating the account if the email is new).").WithMetadata(new RequiresRoleAttribute(OrganisationRole.Owner), new SessionOnlyAttribute());
        org.MapDelete("/members/{id:guid}", RemoveMember).WithSummary("Remove a member.").WithMetadata(new RequiresRoleAttribute(OrganisationRole.Owner), new SessionOnlyAttribute());

        org.MapGet("/training", ListTraining).WithSummary("Training and qualification records.");
        org.MapPost("/training", AddTraining).WithSummary("Record training.").WithMetadata(new RequiresRoleAttribute(OrganisationRole.Sro));
        org.MapDelete("/training/{id:guid}", DeleteTraining).WithSummary("Delete a training record.").WithMetadata(new RequiresRoleAttribute(OrganisationRole.Sro));

        org.MapGet("/products", ListProducts).WithSummary("Products.");
        org.MapPost("/products", CreateProduct).WithSummary("Create a product.");
        org.MapGet("/products/{id:guid}", GetProduct).WithSummary("A product.");
        org.MapPut("/products/{id:guid}", UpdateProduct).WithSummary("Change a product.");
        org.MapDelete("/products/{id:guid}", DeleteProduct).WithSummary("Delete a product with its releases and evidence.");
        org.MapGet("/products/{id:guid}/releases", ListReleases).WithSummary("A product's releases.");
        org.MapPost("/products/{id:guid}/releases", AddRelease).WithSummary("Record a release.");
        org.MapDelete("/products/{id:guid}/releases/{releaseId:guid}", DeleteRelease).WithSummary("Delete a release.");
        org.MapGet("/products/{id:guid}/evidence", ListEvidence).WithSummary("Evidence bundles uploaded for a product.");
        org.MapPost("/products/{id:guid}/evidence", UploadEvidence).WithSummary("Upload an evidence bundle (JSON).").Accepts<object>("application/json");
        org.MapGet("/products/{id:guid}/evidence/{bundleId:guid}", DownloadEvidence).WithSummary("The bundle exactly as uploaded.");

        org.MapGet("/tokens", ListTokens).WithSummary("API tokens (never their secrets).").WithMetadata(new SessionOnlyAttribute());
        org.MapPost("/tokens", CreateToken).WithSummary("Create an API token; the secret is in this response only.").WithMetadata(new SessionOnlyAttribute());
        org.MapDelete("/tokens/{id:guid}", RevokeToken).WithSummary("Revoke an API token.").WithMetadata(new SessionOnlyAttribute());

        org.MapAssessmentApi();
        org.MapDashboardApi();
        org.MapGet("/audit", ListAudit).WithSummary("The organisation's audit log, newest first (filters: action, entityType, actor, before).");
    }

    private static async Task<IResult> ListOrganisations(ClaimsPrincipal user, OrganisationService organisations, CancellationToken ct)
    {
        if (user.Identity?.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName)
        {
            return TokenForbidden();
        }

        var list = await organisations.ListForUserAsync(UserId(user), ct).ConfigureAwait(false);
        return TypedResults.Ok(list.Select(x => OrganisationResponse.From(x.Organisation, x.Role)));
    }

    private static async Task<IResult> CreateOrganisation(ClaimsPrincipal user, OrganisationCreateRequest request, OrganisationService organisations, CancellationToken ct)
    {
        if (user.Identity?.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName)
        {
            return TokenForbidden();
        }

        return (IResult)(await ApiErrors.GuardAsync(async () =>
        {
            var created = await organisations.CreateAsync(UserId(user), request.Name, request.Slug, request.StakeholderRole, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/orgs/{created.Slug}", OrganisationResponse.From(created, OrganisationRole.Owner));
        }).ConfigureAwait(false))!;
    }

    private static async Task<IResult> UpdateProfile(HttpContext c, ProfileUpdateRequest request, OrganisationService organisations, CancellationToken ct)
    {
        var updated = await organisations.UpdateProfileAsync(c.Tenant(), request.Name, request.StakeholderRole, request.SroName, request.SroAppointedOn, request.SroAcknowledged, ct).ConfigureAwait(false);
        return TypedResults.Ok(OrganisationResponse.From(updated, c.Tenant().Role));
    }

    private static async Task<IResult> ListMembers(HttpContext c, OrganisationService organisations, CancellationToken ct) =>
        TypedResults.Ok((await organisations.MembersAsync(c.Tenant(), ct).ConfigureAwait(false)).Select(m => new MemberResponse(m.Membership.Id, m.Email, m.Membership.Role.ToString())));

    private static async Task<IResult> AddMember(HttpContext c, MemberCreateRequest request, OrganisationService organisations, CancellationToken ct)
    {
        var membership = await organisations.AddMemberAsync(c.Tenant(), request.Email, request.Role, request.InitialPassword, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/members/{membership.Id}", new MemberResponse(membership.Id, request.Email!.Trim(), membership.Role.ToString()));
    }

    private static async Task<IResult> RemoveMember(HttpContext c, Guid id, OrganisationService organisations, CancellationToken ct) =>
        await organisations.RemoveMemberAsync(c.Tenant(), id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound();

    private static async Task<IResult> ListTraining(HttpContext c, OrganisationService organisations, CancellationToken ct) =>
        TypedResults.Ok((await organisations.TrainingAsync(c.Tenant(), ct).ConfigureAwait(false)).Select(TrainingResponse.From));

    private static async Task<IResult> AddTraining(HttpContext c, TrainingCreateRequest request, OrganisationService organisations, CancellationToken ct)
    {
        var record = await organisations.AddTrainingAsync(c.Tenant(), request.PersonName, request.Training, request.CompletedOn, request.ExpiresOn, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/training/{record.Id}", TrainingResponse.From(record));
    }

    private static async Task<IResult> DeleteTraining(HttpContext c, Guid id, OrganisationService organisations, CancellationToken ct) =>
        await organisations.DeleteTrainingAsync(c.Tenant(), id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound();

    private static async Task<IResult> ListProducts(HttpContext c, ProductService products, CancellationToken ct) =>
        TypedResults.Ok((await products.ListAsync(c.Tenant(), ct).ConfigureAwait(false)).Select(ProductResponse.From));

    private static async Task<IResult> CreateProduct(HttpContext c, ProductRequest request, ProductService products, CancellationToken ct)
    {
        var product = await products.CreateAsync(c.Tenant(), request.Name, request.Description, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/products/{product.Id}", ProductResponse.From(product));
    }

    private static async Task<IResult> GetProduct(HttpContext c, Guid id, ProductService products, CancellationToken ct) =>
        await products.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false) is { } product ? TypedResults.Ok(ProductResponse.From(product)) : NotFound();

    private static async Task<IResult> UpdateProduct(HttpContext c, Guid id, ProductRequest request, ProductService products, CancellationToken ct) =>
        await products.UpdateAsync(c.Tenant(), id, request.Name, request.Description, ct).ConfigureAwait(false) is { } product ? TypedResults.Ok(ProductResponse.From(product)) : NotFound();

    private static async Task<IResult> DeleteProduct(HttpContext c, Guid id, ProductService products, CancellationToken ct) =>
        await products.DeleteAsync(c.Tenant(), id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound();

    private static async Task<IResult> ListReleases(HttpContext c, Guid id, ProductService products, CancellationToken ct) =>
        await products.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false) is null
            ? NotFound()
            : TypedResults.Ok((await products.ReleasesAsync(c.Tenant(), id, ct).ConfigureAwait(false)).Select(ReleaseResponse.From));

    private static async Task<IResult> AddRelease(HttpContext c, Guid id, ReleaseCreateRequest request, ProductService products, CancellationToken ct) =>
        await products.AddReleaseAsync(c.Tenant(), id, request.Version, request.ReleasedOn, ct).ConfigureAwait(false) is { } release
            ? TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/products/{id}/releases/{release.Id}", ReleaseResponse.From(release))
            : NotFound();

    private static async Task<IResult> DeleteRelease(HttpContext c, Guid id, Guid releaseId, ProductService products, CancellationToken ct) =>
        await products.DeleteReleaseAsync(c.Tenant(), id, releaseId, ct).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound();

    private static async Task<IResult> ListEvidence(HttpContext c, Guid id, ProductService products, EvidenceService evidence, CancellationToken ct)
    {
        if (await products.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        var list = await evidence.ListAsync(c.Tenant(), id, ct).ConfigureAwait(false);
        return TypedResults.Ok(list.OrderByDescending(b => b.UploadedAt).Select(b => EvidenceResponseFor(c, c.Tenant().Slug, b)));
    }

    private static async Task<IResult> UploadEvidence(HttpContext c, Guid id, ProductService products, EvidenceService evidence, CancellationToken ct)
    {
        var product = await products.FindAsync(c.Tenant(), id, ct).ConfigureAwait(false);
        return product is null ? NotFound() : await IngestAsync(c, c.Tenant(), product, evidence, ct).ConfigureAwait(false);
    }

    private static async Task<IResult> UploadWithToken(
        HttpContext c, [FromQuery] string? product, CodeAssureDbContext db, ProductService products, EvidenceService evidence, CancellationToken ct)
    {
        if (c.User.FindFirstValue(ApiAuthentication.OrganisationClaim) is not { } orgId || !Guid.TryParse(orgId, out var organisationId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "An API token is required",
                detail: "This endpoint takes the organisation from the API token; signed-in people use /api/v1/orgs/{slug}/products/{id}/evidence.");
        }

        if (string.IsNullOrWhiteSpace(product))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["product"] = ["The product (id or name) is required: ?product=…"] });
        }

        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct).ConfigureAwait(false);
        if (organisation is null)
        {
            return NotFound();
        }

        var tenant = new TenantContext(organisation, OrganisationRole.Engineer, IsApiToken: true);
        var target = await products.FindByIdOrNameAsync(tenant, product.Trim(), ct).ConfigureAwait(false);
        return target is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No product '{product.Trim()}' in this organisation.")
            : await IngestAsync(c, tenant, target, evidence, ct).ConfigureAwait(false);
    }

    private static async Task<IResult> IngestAsync(HttpContext c, TenantContext tenant, Product product, EvidenceService evidence, CancellationToken ct)
    {
        var content = await RequestBody.ReadAsync(c.Request, EvidenceService.MaxBundleBytes, ct).ConfigureAwait(false);
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
                detail: $"Evidence bundles are limited to {EvidenceService.MaxBundleBytes / (1024 * 1024)} MB.");
        }

        return (IResult)(await ApiErrors.GuardAsync(async () =>
        {
            var bundle = await evidence.IngestAsync(tenant, product, content, UserId(c.User), ct).ConfigureAwait(false);
            var response = EvidenceResponseFor(c, tenant.Slug, bundle);
            return TypedResults.Created(response.Link, response);
        }).ConfigureAwait(false))!;
    }

    private static async Task<IResult> DownloadEvidence(HttpContext c, Guid id, Guid bundleId, EvidenceService evidence, CancellationToken ct) =>
        await evidence.FindAsync(c.Tenant(), id, bundleId, ct).ConfigureAwait(false) is { } bundle
            ? TypedResults.File(bundle.Content, "application/json", $"evidence-{bundle.Id}.json")
            : NotFound();

    private static async Task<IResult> ListTokens(HttpContext c, ApiTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok((await tokens.ListAsync(c.Tenant(), ct).ConfigureAwait(false)).Select(t => TokenResponse.From(t)));

    private static async Task<IResult> CreateToken(HttpContext c, TokenCreateRequest request, ApiTokenService tokens, CancellationToken ct)
    {
        var (token, secret) = await tokens.CreateAsync(c.Tenant(), UserId(c.User), request.Name, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/orgs/{c.Tenant().Slug}/tokens/{token.Id}", TokenResponse.From(token, secret));
    }

    private static async Task<IResult> RevokeToken(HttpContext c, Guid id, ApiTokenService tokens, CancellationToken ct) =>
        await tokens.RevokeAsync(c.Tenant(), id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound();

    private static async Task<IResult> ListAudit(
        HttpContext c, CodeAssureDbContext db, [FromQuery] string? action, [FromQuery] string? entityType, [FromQuery] string? actor, [FromQuery] long? before, CancellationToken ct) =>
        TypedResults.Ok((await AuditLogQuery.ListAsync(db, c.Tenant(), action, entityType, actor, before, ct).ConfigureAwait(false)).Select(AuditEntryResponse.From));

    private static EvidenceResponse EvidenceResponseFor(HttpContext c, string slug, StoredEvidenceBundle b)
    {
        var link = $"{c.Request.Scheme}://{c.Request.Host}/orgs/{slug}/products/{b.ProductId}";
        return new EvidenceResponse(b.Id, b.ProductId, b.Sha256, b.SchemaVersion, b.SubjectName, b.ScannedAt, b.UploadedAt, link + "#evidence-" + b.Id.ToString("N"));
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TokenForbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not available to API tokens", detail: "Sign in to do this; API tokens act inside one organisation.");
}
