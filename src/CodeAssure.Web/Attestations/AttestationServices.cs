using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CodeAssure.Web.Attestations;

/// <summary>Registers signing keys, issuing and exporting attestations.</summary>
internal static class AttestationServices
{
    public static IServiceCollection AddAttestations(this IServiceCollection services)
    {
        services.TryAddSingleton(new AttestationSettings());
        // Replaced by the release SBOM store when it exists; until then the subject is the assessment itself.
        services.TryAddScoped<IReleaseSbomDigests, NoReleaseSbomDigests>();
        services.AddScoped<SigningKeyStore>();
        services.AddScoped<AttestationIssuer>();
        services.AddScoped<AttestationCatalog>();
        return services;
    }
}
