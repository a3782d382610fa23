namespace CodeAssure.Web.Disclosure;

/// <summary>
/// Publishes security.txt (RFC 9116): per organisation under its trust portal, and at the server's root for the
/// configured primary organisation. Anyone may read it (a researcher has no account), whatever the portal's visibility.
/// </summary>
internal static class SecurityTxtEndpoints
{
    /// <summary>Maps the security.txt routes.</summary>
    public static IEndpointRouteBuilder MapDisclosureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/security.txt", (HttpContext c, DisclosureSettings settings, DisclosurePolicyService policies, TimeProvider time) =>
            settings.PrimaryOrganisation is { } primary ? ServeAsync(c, primary, settings, policies, time) : Task.FromResult(Results.NotFound()))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/trust/{slug}/.well-known/security.txt", (HttpContext c, string slug, DisclosureSettings settings, DisclosurePolicyService policies, TimeProvider time) =>
            ServeAsync(c, slug, settings, policies, time)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/trust/{slug}/security.txt", (HttpContext c, string slug, DisclosureSettings settings, DisclosurePolicyService policies, TimeProvider time) =>
            ServeAsync(c, slug, settings, policies, time)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The server's public address ending in '/': the configured one, else the request's own.</summary>
    public static Uri PublicBaseUrl(HttpRequest request, DisclosureSettings settings) =>
        settings.PublicBaseUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private static async Task<IResult> ServeAsync(HttpContext context, string slug, DisclosureSettings settings, DisclosurePolicyService policies, TimeProvider time)
    {
        if (await policies.FindPublishedAsync(slug, context.RequestAborted).ConfigureAwait(false) is not { } published)
        {
            return Results.NotFound();
        }

        var baseUrl = PublicBaseUrl(context.Request, settings);
        var servedAt = new Uri(baseUrl, context.Request.Path.Value!.TrimStart('/'));
        // Expires is counted from now on every request, so the published file renews itself and never goes stale.
        var expires = time.GetUtcNow() + settings.SecurityTxtLifetime;
        var text = SecurityTxtWriter.Write(published.Policy, published.Organisation.Slug, baseUrl, servedAt, expires);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(text, "text/plain; charset=utf-8");
    }
}
