namespace CodeAssure.Web.Tenancy;

/// <summary>Reads the tenant the page filter or API filter resolved for this request.</summary>
internal static class TenantHttpExtensions
{
    public static TenantContext Tenant(this HttpContext context) =>
        context.Features.Get<TenantContext>() ?? throw new InvalidOperationException("no organisation was resolved for this request");
}
