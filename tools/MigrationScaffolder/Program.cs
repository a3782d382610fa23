using CodeAssure.Data;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// What `dotnet ef migrations add` does, for each provider's context, writing into src/CodeAssure.Data/Migrations/<Provider>.
#pragma warning disable EF1001 // The design-time services are EF's own tooling entry point.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: MigrationScaffolder <MigrationName>");
    return 2;
}

var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/CodeAssure.Data"));
var assembly = typeof(CodeAssureDbContext).Assembly;
var reporter = new OperationReporter(new OperationReportHandler(
    e => Console.Error.WriteLine(e), w => Console.Error.WriteLine(w), i => Console.WriteLine(i), v => { }));
var settings = new[]
{
    (Folder: "Sqlite", Settings: DatabaseSettings.Parse("Data Source=design-time.db")),
    (Folder: "PostgreSql", Settings: DatabaseSettings.Parse("Host=localhost;Database=design_time")),
};
foreach (var (folder, databaseSettings) in settings)
{
    using var context = CodeAssureDatabase.CreateContext(databaseSettings);
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "CodeAssure.Data", "Migrations." + folder, "C#", dryRun: false);
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Migrations", folder));
    Console.WriteLine($"{folder}: {files.MigrationFile}");
}

return 0;
