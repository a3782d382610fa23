using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

public abstract partial class CodeAssureDbContext
{
    /// <summary>Questionnaires sent to upstream vendors, with their answers.</summary>
    public DbSet<VendorQuestionnaire> VendorQuestionnaires => Set<VendorQuestionnaire>();
}
