using CodeAssure.Catalog;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>CA-DEFAULT-003: no debug or development mode in production configuration (principle 1.4).</summary>
public sealed class DebugModeCheck : InsecureDefaultsCheck
{
    /// <inheritdoc />
    public override CheckDescriptor Descriptor { get; } = new(
        "CA-DEFAULT-003",
        "No debug mode in production configuration",
        [PrincipleId.Parse("1.4")],
        [ClaimId.Parse("1.4.5")],
        "Debug and development modes in files meant for production: ASPNETCORE_ENVIRONMENT=Development in Dockerfiles and compose files, Django DEBUG = True, Flask debug=True, customErrors Off, compilation debug, Spring debug and actuator exposure '*', PHP display_errors (docs/config-checks.md).",
        "Ship production configuration with debug modes off; keep development settings in files named for development (appsettings.Development.json, docker-compose.override.yml).");

    internal override IReadOnlyList<TextRule> Rules => DebugModeRules.All;
}
