using System.CommandLine;

namespace CodeAssure.Cli.Commands.Vulns;

/// <summary><c>codeassure vulns</c>: known vulnerabilities in software components.</summary>
internal static class VulnsCommand
{
    public static Command Create(CliContext context) =>
        new("vulns", "Find known vulnerabilities in an SBOM's components (OSV data from 'codeassure osv import').")
        {
            VulnsScanCommand.Create(context),
        };
}
