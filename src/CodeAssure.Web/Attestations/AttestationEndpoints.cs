using System.Globalization;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Authorization;

namespace CodeAssure.Web.Attestations;

/// <summary>
/// Attestation routes: the public ones under <c>/trust/{slug}</c> (JWK Set, envelopes, offline bundles; visibility decided
/// by <see cref="PortalAccess"/>, 404 otherwise) and the organisation's API under <c>/api/v1/orgs/{slug}/attestations</c>.
/// </summary>
internal static class AttestationEndpoints
{
    public static void MapAttestationEndpoints(this IEndpointRouteBuilder app)
    {
        var trust = app.MapGroup("/trust/{slug}").AllowAnonymous().ExcludeFromDescription();
        trust.MapGet("/.well-known/jwks.json", PublicKeys);
        trust.MapGet("/attestations.json", PublicIndex);
        trust.MapGet("/attestations/{id:guid}.json", PublicEnvelope);
        trust.MapGet("/attestations/{id:guid}/bundle.zip", PublicBundle);

        var api = app.MapGroup("/api/v1/orgs/{slug}/attestations")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery()
            .AddEndpointFilter<ApiTenantFilter>();
        api.MapGet("/", List).WithSummary("Signed attestations issued at product self-assessment sign-off, newest first.");
        api.MapGet("/keys", Keys).WithSummary("The organisation's signing keys (public halves), active and retired.");
        api.MapPost("/keys/rotate", Rotate).WithSummary("Retire the active signing key and activate a new one (old keys still verify).")
            .WithMetadata(new RequiresRoleAttribute(OrganisationRole.Owner), new SessionOnlyAttribute());
        api.MapGet("/{id:guid}", Envelope).WithSummary("One attestation: the DSSE envelope exactly as signed.");
        api.MapGet("/{id:guid}/bundle.zip", Bundle).WithSummary("The offline bundle: envelope, keys, manifest, assessment and evidence files.");
    }

    private static async Task<IResult> PublicKeys(HttpContext context, string slug, PortalAccess access, SigningKeyStore keys, CancellationToken ct)
    {
        if (await access.ResolveAsync(context.User, slug, ct).ConfigureAwait(false) is not { } organisation)
        {
            return Results.NotFound();
        }

        var set = await keys.KeySetAsync(organisation.Id, ct).ConfigureAwait(false);
        return Results.Bytes(set.ToJson(), "application/jwk-set+json");
    }

    /// <summary>The portal's attestation list, newest first, so a customer's register can find the latest per product.</summary>
    private static async Task<IResult> PublicIndex(HttpContext context, string slug, PortalAccess access, AttestationCatalog catalog, CancellationToken ct)
    {
        if (await access.ResolveAsync(context.User, slug, ct).ConfigureAwait(false) is not { } organisation)
        {
            return Results.NotFound();
        }

        var portal = $"{context.Request.Scheme}://{context.Request.Host}/trust/{Uri.EscapeDataString(organisation.Slug)}";
        var rows = await catalog.ListAsync(organisation.Id, ct).ConfigureAwait(false);
        return Results.Json(rows.Select(a => new PortalIndexEntry(a.Id, a.Product, a.Release, a.IssuedAt, $"{portal}/attestations/{a.Id:D}.json")));
    }

    private static async Task<IResult> PublicEnvelope(HttpContext context, string slug, Guid id, PortalAccess access, AttestationCatalog catalog, CancellationToken ct)
    {
        if (await access.ResolveAsync(context.User, slug, ct).ConfigureAwait(false) is not { } organisation
            || await catalog.FindAsync(organisation.Id, id, ct).ConfigureAwait(false) is not { } attestation)
        {
            return Results.NotFound();
        }

        return Results.Text(attestation.Envelope, "application/json");
    }

    private static async Task<IResult> PublicBundle(HttpContext context, string slug, Guid id, PortalAccess access, AttestationCatalog catalog, CancellationToken ct)
    {
        if (await access.ResolveAsync(context.User, slug, ct).ConfigureAwait(false) is not { } organisation
            || await catalog.FindAsync(organisation.Id, id, ct).ConfigureAwait(false) is not { } attestation)
        {
            return Results.NotFound();
        }

        return Results.File(await catalog.BundleAsync(attestation, ct).ConfigureAwait(false), "application/zip", BundleName(attestation));
    }

    private static async Task<IResult> List(HttpContext context, AttestationCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.ListAsync(context.Tenant().Id, ct).ConfigureAwait(false));

    private static async Task<IResult> Keys(HttpContext context, SigningKeyStore keys, CancellationToken ct)
    {
        var rows = await keys.ListAsync(context.Tenant().Id, ct).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(KeyResponse.From));
    }

    private static async Task<IResult> Rotate(HttpContext context, SigningKeyStore keys, CancellationToken ct)
    {
        var row = await keys.RotateAsync(context.Tenant().Id, ct).ConfigureAwait(false);
        return TypedResults.Ok(KeyResponse.From(row));
    }

    private static async Task<IResult> Envelope(HttpContext context, Guid id, AttestationCatalog catalog, CancellationToken ct) =>
        await catalog.FindAsync(context.Tenant().Id, id, ct).ConfigureAwait(false) is { } attestation
            ? Results.Text(attestation.Envelope, "application/json")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static async Task<IResult> Bundle(HttpContext context, Guid id, AttestationCatalog catalog, CancellationToken ct) =>
        await catalog.FindAsync(context.Tenant().Id, id, ct).ConfigureAwait(false) is { } attestation
            ? Results.File(await catalog.BundleAsync(attestation, ct).ConfigureAwait(false), "application/zip", BundleName(attestation))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static string BundleName(SignedAttestation attestation) =>
        string.Create(CultureInfo.InvariantCulture, $"attestation-{attestation.Id:N}.zip");

    /// <summary>One entry of the public attestation list (<c>/trust/{slug}/attestations.json</c>).</summary>
    internal sealed record PortalIndexEntry(Guid Id, string Product, string? Release, DateTimeOffset IssuedAt, string Url);

    /// <summary>A signing key as the API lists it: public half and validity.</summary>
    internal sealed record KeyResponse(string KeyId, string Algorithm, DateTimeOffset ActivatedAt, DateTimeOffset? RetiredAt, bool Active, System.Text.Json.JsonElement Jwk)
    {
        public static KeyResponse From(OrganisationSigningKey row)
        {
            using var jwk = System.Text.Json.JsonDocument.Parse(SigningKeyStore.ToPublic(row).ToJson());
            return new KeyResponse(row.KeyId, row.Algorithm, row.ActivatedAt, row.RetiredAt, row.RetiredAt is null, jwk.RootElement.Clone());
        }
    }
}
