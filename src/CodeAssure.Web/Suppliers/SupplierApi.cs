using CodeAssure.Web.Api;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Suppliers;

/// <summary>Maps <c>/api/v1/orgs/{slug}/suppliers</c>: the register summary and attestation import.</summary>
internal static class SupplierApi
{
    public static void MapSupplierApi(this IEndpointRouteBuilder app)
    {
        var suppliers = app.MapGroup("/api/v1/orgs/{slug}/suppliers")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery()
            .AddEndpointFilter<ApiTenantFilter>()
            .WithTags("Suppliers");
        suppliers.MapGet("/", List).WithSummary("The supplier register: per supplier its products in use, principles met, latest attestation, open alerts and end of support.");
        suppliers.MapPost("/{id:guid}/attestations", Import)
            .WithSummary("Import and verify an attestation: the body is a DSSE envelope (application/json) or an offline bundle (application/zip), or give ?url= an address on the supplier's portal.");
    }

    private static async Task<IResult> List(HttpContext c, SupplierRegister register, CancellationToken ct) =>
        TypedResults.Ok(await register.ListAsync(c.Tenant().Id, ct).ConfigureAwait(false));

    private static async Task<IResult> Import(HttpContext c, Guid id, [FromQuery] string? url, SupplierImporter importer, CancellationToken ct)
    {
        var by = c.User.Identity?.Name ?? "api";
        IReadOnlyList<SupplierImportItem>? items;
        if (url is not null)
        {
            items = await importer.ImportUrlAsync(c.Tenant(), id, url, by, ct).ConfigureAwait(false);
        }
        else
        {
            var body = await RequestBody.ReadAsync(c.Request, SupplierImporter.MaxUploadBytes, ct).ConfigureAwait(false);
            if (body is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
                    detail: $"The body may be at most {SupplierImporter.MaxUploadBytes:N0} bytes (an envelope at most {Attestation.Verification.AttestationVerifier.MaxEnvelopeBytes:N0}).");
            }

            items = await importer.ImportUploadAsync(c.Tenant(), id, body, null, by, ct).ConfigureAwait(false) is { } item ? [item] : null;
        }

        return items is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Ok(new { results = items.Select(i => new { i.AttestationId, i.AlreadyImported, valid = i.IsValid, i.Subject, i.Verdict, i.SourceUrl }) });
    }
}
