using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CodeAssure.Web.Attestations;

/// <summary>Registers signing keys, issuing and exporting attestations.</summary>
internal static class AttestationServices
{
    public static IServiceCollection AddAttestations(this IServiceCollection services)
    {
        services.TryAddSingleton(new AttestationSettings());
        services.TryAddScoped<IReleaseSbomDigests, ReleaseSbomDigests>();
        services.AddScoped<SigningKeyStore>();
        services.AddScoped<AttestationIssuer>();
        services.AddScoped<AttestationCatalog>();
        return services;
    }
}
