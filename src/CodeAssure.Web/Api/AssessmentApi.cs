using System.Globalization;
using System.Security.Claims;
using System.Text;
using CodeAssure.Assurance.Exports;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Assessments;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Api;

/// <summary>
/// The self-assessment API, organisation-wide under <c>/orgs/{slug}/assessment</c> and per product under
/// <c>/orgs/{slug}/products/{id}/assessment</c>; tenancy, roles and problem details come from the group's filter.
/// </summary>
internal static class AssessmentApi
{
    public static void MapAssessmentApi(this RouteGroupBuilder org)
    {
        foreach (var prefix in new[] { "/assessment", "/products/{id:guid}/assessment" })
        {
            org.MapGet(prefix, GetCurrent).WithSummary("The current self-assessment (latest draft or snapshot) as canonical JSON.");
            org.MapPut(prefix + "/claims/{claim}", EditClaim).WithSummary("Answer one claim: answer, justification, argument, owner, targetDate (opens a new draft after a sign-off).");
            org.MapPost(prefix + "/links", AddLink).WithSummary("Add an https link as evidence, optionally attached to a claim.");
            org.MapPost(prefix + "/files", AddFile).WithSummary("Upload an evidence file (multipart field 'file'; optional 'title', 'claim'); stored with its SHA-256.")
                .Accepts<IFormFile>("multipart/form-data");
            org.MapPost(prefix + "/sign-off", SignOff).WithSummary("The SRO signs off the current draft, freezing it as a snapshot.").WithMetadata(new SessionOnlyAttribute());
            org.MapGet(prefix + "/versions", ListVersions).WithSummary("All versions, oldest first.");
            org.MapGet(prefix + "/versions/{number:int}", GetVersion).WithSummary("One version as canonical JSON.");
            org.MapGet(prefix + "/versions/{number:int}/diff", DiffVersion).WithSummary("What changed from the previous version.");
            org.MapGet(prefix + "/versions/{number:int}/export/{format}", Export).WithSummary("Download a version as json, csv or html (printable).");
        }

        org.MapGet("/products/{id:guid}/assessment/prefill", PreviewPrefill).WithSummary("What the latest evidence bundle would fill in, with provenance and conflicts.");
        org.MapPost("/products/{id:guid}/assessment/prefill", ApplyPrefill).WithSummary("Fill unanswered claims from the latest evidence bundle (human answers are kept).");
        org.MapGet("/assessment-files/{fileId:guid}", DownloadFile).WithSummary("An uploaded evidence file exactly as stored.");
    }

    /// <summary>Resolves the optional product of the route; <c>Found</c> is false for another organisation's or an unknown product.</summary>
    internal static async Task<(bool Found, Product? Product)> ProductOfRouteAsync(HttpContext c, AssessmentService assessments, CancellationToken ct)
    {
        if (c.GetRouteValue("id") is not string text)
        {
            return (true, null);
        }

        var product = Guid.TryParse(text, out var id) ? await assessments.ProductAsync(c.Tenant(), id, ct).ConfigureAwait(false) : null;
        return (product is not null, product);
    }

    private static async Task<IResult> GetCurrent(HttpContext c, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        return found ? Json(await assessments.CurrentAsync(c.Tenant(), product, ct).ConfigureAwait(false)) : NotFound();
    }

    private static async Task<IResult> EditClaim(HttpContext c, string claim, ClaimEdit request, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        if (!found)
        {
            return NotFound();
        }

        var updated = await assessments.EditClaimAsync(c.Tenant(), product, claim, request, UserId(c.User), ct).ConfigureAwait(false);
        return Json(updated);
    }

    private static async Task<IResult> AddLink(HttpContext c, LinkRequest request, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        return found
            ? Json(await assessments.AddLinkAsync(c.Tenant(), product, request.Title, request.Url, request.Claim, UserId(c.User), ct).ConfigureAwait(false))
            : NotFound();
    }

    private static async Task<IResult> AddFile(HttpContext c, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        if (!found)
        {
            return NotFound();
        }

        if (!c.Request.HasFormContentType)
        {
            throw new InvalidInputException("file", "Send the file as multipart/form-data in a field named 'file'.");
        }

        IFormCollection form;
        try
        {
            form = await c.Request.ReadFormAsync(ct).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            throw new InvalidInputException("file", $"Evidence files are limited to {AssessmentService.MaxFileBytes / (1024 * 1024)} MB.");
        }

        var file = form.Files["file"] ?? throw new InvalidInputException("file", "Send the file in a form field named 'file'.");
        await using var stream = file.OpenReadStream();
        var updated = await assessments.AddFileAsync(c.Tenant(), product, file.FileName, stream, form["title"], form["claim"], UserId(c.User), ct).ConfigureAwait(false);
        return Json(updated);
    }

    private static async Task<IResult> SignOff(HttpContext c, SignOffRequest request, AssessmentService assessments, CancellationToken ct)
    {
        var tenant = c.Tenant();
        if (tenant.Role != OrganisationRole.Sro || tenant.IsApiToken)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "Only the organisation's Senior Responsible Owner (role Sro) signs off a self-assessment.");
        }

        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        if (!found)
        {
            return NotFound();
        }

        var row = await assessments.SignOffAsync(tenant, product, SignerName(c.User), request.Acknowledgement, UserId(c.User), ct).ConfigureAwait(false);
        return TypedResults.Ok(VersionResponse.From(row));
    }

    private static async Task<IResult> ListVersions(HttpContext c, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        return found
            ? TypedResults.Ok((await assessments.VersionsAsync(c.Tenant(), product?.Id, ct).ConfigureAwait(false)).Select(VersionResponse.From))
            : NotFound();
    }

    private static async Task<IResult> GetVersion(HttpContext c, int number, AssessmentService assessments, CancellationToken ct)
    {
        var row = await VersionOfRouteAsync(c, number, assessments, ct).ConfigureAwait(false);
        return row is null ? NotFound() : TypedResults.Text(row.Content, "application/json; charset=utf-8");
    }

    private static async Task<IResult> DiffVersion(HttpContext c, int number, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        var row = found ? await assessments.VersionAsync(c.Tenant(), product?.Id, number, ct).ConfigureAwait(false) : null;
        if (row is null)
        {
            return NotFound();
        }

        var previous = await assessments.VersionAsync(c.Tenant(), product?.Id, number - 1, ct).ConfigureAwait(false);
        var after = AssessmentService.Parse(row);
        var before = previous is null ? null : AssessmentService.Parse(previous);
        return TypedResults.Ok(DiffResponse.From(number, before is null ? null : AssessmentDiff.Between(before, after)));
    }

    private static async Task<IResult> Export(HttpContext c, int number, string format, AssessmentService assessments, TimeProvider time, CancellationToken ct)
    {
        var row = await VersionOfRouteAsync(c, number, assessments, ct).ConfigureAwait(false);
        if (row is null)
        {
            return NotFound();
        }

        var assessment = AssessmentService.Parse(row);
        var name = $"self-assessment-{c.Tenant().Slug}{(row.ProductId is { } p ? "-" + p.ToString("N")[..8] : "")}-v{row.Number}";
        var now = time.GetUtcNow();
        return format switch
        {
            "json" => TypedResults.File(JsonExport.Write(assessment, assessments.Catalog, now), "application/json", name + ".json"),
            "csv" => TypedResults.File(CsvExport.ToUtf8(assessment, assessments.Catalog), "text/csv; charset=utf-8", name + ".csv"),
            "html" => TypedResults.File(Encoding.UTF8.GetBytes(HtmlExport.Write(assessment, assessments.Catalog, now)), "text/html; charset=utf-8", name + ".html"),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format", detail: "The export format is json, csv or html."),
        };
    }

    private static async Task<IResult> PreviewPrefill(HttpContext c, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        if (!found || product is null)
        {
            return NotFound();
        }

        var preview = await assessments.PreviewPrefillAsync(c.Tenant(), product, ct).ConfigureAwait(false);
        return preview is { } p ? TypedResults.Ok(PrefillResponse.From(p.Result, p.Bundle)) : NoBundle();
    }

    private static async Task<IResult> ApplyPrefill(HttpContext c, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        if (!found || product is null)
        {
            return NotFound();
        }

        var preview = await assessments.PreviewPrefillAsync(c.Tenant(), product, ct).ConfigureAwait(false);
        var applied = await assessments.ApplyPrefillAsync(c.Tenant(), product, UserId(c.User), ct).ConfigureAwait(false);
        return applied is null || preview is null ? NoBundle() : TypedResults.Ok(PrefillResponse.From(applied, preview.Value.Bundle));
    }

    private static async Task<IResult> DownloadFile(HttpContext c, Guid fileId, AssessmentService assessments, CancellationToken ct) =>
        await assessments.FileAsync(c.Tenant(), fileId, ct).ConfigureAwait(false) is { } file
            ? TypedResults.File(file.Content, file.MediaType, file.FileName)
            : NotFound();

    private static async Task<AssessmentVersion?> VersionOfRouteAsync(HttpContext c, int number, AssessmentService assessments, CancellationToken ct)
    {
        var (found, product) = await ProductOfRouteAsync(c, assessments, ct).ConfigureAwait(false);
        return found ? await assessments.VersionAsync(c.Tenant(), product?.Id, number, ct).ConfigureAwait(false) : null;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Json(Assessment assessment) =>
        TypedResults.Text(AssessmentJson.ToJsonNode(assessment).ToJsonString(), "application/json; charset=utf-8");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoBundle() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No evidence bundle",
        detail: "No evidence bundle has been uploaded for this product yet.");

    internal static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "unknown";

    internal static string SignerName(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? UserId(user);

    internal static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
