using System.CommandLine;

namespace CodeAssure.Cli.Output;

/// <summary>The output formats a command can write.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Md,
    Sarif,
    Html,
}

/// <summary>Builds the <c>--format</c> option, limited to the formats a command supports.</summary>
internal static class OutputFormatOption
{
    public static Option<string> Create(params OutputFormat[] supported)
    {
        var names = supported.Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", names)}.",
            DefaultValueFactory = _ => names[0],
            HelpName = string.Join('|', names),
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    public static OutputFormat Parse(string value) => Enum.Parse<OutputFormat>(value, ignoreCase: true);
}
