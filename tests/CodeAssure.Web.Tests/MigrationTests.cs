using CodeAssure.Data;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests;

/// <summary>Both providers' migration sets match the model, so a model change without a migration fails here.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData("Data Source=unused.db")]
    [InlineData("Host=unused;Database=unused")]
    public void Each_provider_has_migrations_for_the_whole_model(string connection)
    {
        using var context = CodeAssureDatabase.CreateContext(DatabaseSettings.Parse(connection));

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "the model changed without a migration: run tools/MigrationScaffolder");
    }
}
