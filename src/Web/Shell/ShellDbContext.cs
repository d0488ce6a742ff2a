using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.Web.Shell;

/// <summary>The host's own tables: enabled features, recipe runs and shared data-protection keys.</summary>
internal sealed class ShellDbContext(DbContextOptions<ShellDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string ModuleId = "Shell";

    public DbSet<FeatureRecord> Features => Set<FeatureRecord>();

    public DbSet<RecipeRun> RecipeRuns => Set<RecipeRun>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeatureRecord>(e =>
        {
            e.ToTable("Shell_Features");
            e.HasKey(x => x.ModuleId);
            e.Property(x => x.ModuleId).HasMaxLength(100);
        });
        modelBuilder.Entity<RecipeRun>(e =>
        {
            e.ToTable("Shell_RecipeRuns");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("Shell_DataProtectionKeys");
    }
}

internal sealed class FeatureRecord : IAuditable
{
    public required string ModuleId { get; set; }

    public bool Enabled { get; set; }

    public DateTime ChangedUtc { get; set; }
}

internal sealed class RecipeRun
{
    public required string Name { get; set; }

    public DateTime ExecutedUtc { get; set; }
}
