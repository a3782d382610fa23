using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

public abstract partial class CodeAssureDbContext
{
    /// <summary>The supplier register: suppliers whose software the organisation uses.</summary>
    public DbSet<Supplier> Suppliers => Set<Supplier>();

    /// <summary>Suppliers' products in use.</summary>
    public DbSet<SupplierProduct> SupplierProducts => Set<SupplierProduct>();

    /// <summary>Suppliers' attestations imported into the register, with their verdicts.</summary>
    public DbSet<SupplierAttestation> SupplierAttestations => Set<SupplierAttestation>();

    /// <summary>Advisories read from suppliers' CSAF providers.</summary>
    public DbSet<SupplierAdvisory> SupplierAdvisories => Set<SupplierAdvisory>();

    /// <summary>Alerts raised by the supplier register.</summary>
    public DbSet<SupplierAlert> SupplierAlerts => Set<SupplierAlert>();
}
