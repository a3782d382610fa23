using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

public abstract partial class CodeAssureDbContext
{
    /// <summary>Vulnerability reports received through the public disclosure form.</summary>
    public DbSet<DisclosureReport> DisclosureReports => Set<DisclosureReport>();
}
