using System.Reflection;

namespace CodeAssure.Cli;

/// <summary>CodeAssure's version as documents it writes record it (SBOM tools, SARIF drivers, VEX metadata).</summary>
internal static class ToolVersion
{
    /// <summary>The informational version, with the source commit after '+' when the build knew it.</summary>
    public static string Full { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The release version alone (no build metadata).</summary>
    public static string Release { get; } = Full.Split('+')[0];
}
