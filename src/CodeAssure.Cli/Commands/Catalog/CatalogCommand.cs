using System.CommandLine;
using CodeAssure.Catalog;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.Catalog;

/// <summary><c>codeassure catalog</c>: the Code's themes, principles and claims, and <c>catalog show</c> for one entry.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var roleOption = new Option<string?>("--role", "-r")
        {
            Description = "Show only what applies to a stakeholder role (Table 1 of the Code).",
            HelpName = "developer-distributor|reseller|developer-only",
        };
        roleOption.AcceptOnlyFromAmong("developer-distributor", "reseller", "developer-only");
        var formatOption = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Md);

        var command = new Command("catalog", "List the Code of Practice: themes, principles and their assurance claims, with who they apply to.")
        {
            roleOption,
            formatOption,
            CreateShow(context),
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var catalog = context.Catalog;
            StakeholderRole? role = null;
            if (parseResult.GetValue(roleOption) is { } roleId && !catalog.TryGetRole(roleId, out role))
            {
                throw new UsageException($"unknown role '{roleId}'");
            }

            var format = OutputFormatOption.Parse(parseResult.GetValue(formatOption)!);
            if (format == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, CatalogView.From(catalog, role)).ConfigureAwait(false);
            }
            else
            {
                CatalogRenderer.RenderList(TextDocument.For(format, context.Out), catalog, role);
            }

            return ExitCode.Success;
        });
        return command;
    }

    private static Command CreateShow(CliContext context)
    {
        var idArgument = new Argument<string>("id")
        {
            Description = "A theme (3), principle (4.2), claim (4.2.1), draft provision (D3.6) or technical control (TC-1.4.2).",
        };
        var formatOption = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Md);
        var command = new Command("show", "Show one principle or claim in full: statement, applicability, claims, evidence and where it came from in the 2024 draft.")
        {
            idArgument,
            formatOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var catalog = context.Catalog;
            var entry = CatalogEntry.Find(catalog, parseResult.GetValue(idArgument)!);
            var format = OutputFormatOption.Parse(parseResult.GetValue(formatOption)!);
            if (format == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, CatalogEntryView.From(entry, catalog)).ConfigureAwait(false);
            }
            else
            {
                CatalogRenderer.RenderEntry(TextDocument.For(format, context.Out), entry, catalog);
            }

            return ExitCode.Success;
        });
        return command;
    }
}
