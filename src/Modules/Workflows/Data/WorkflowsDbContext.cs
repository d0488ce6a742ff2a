using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Data;

internal sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options) : DbContext(options)
{
    public DbSet<WorkflowDefinition> Definitions => Set<WorkflowDefinition>();

    public DbSet<WorkflowDefinitionVersion> Versions => Set<WorkflowDefinitionVersion>();

    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();

    public DbSet<WorkflowWait> Waits => Set<WorkflowWait>();

    public DbSet<WorkflowTask> Tasks => Set<WorkflowTask>();

    public DbSet<WorkflowHistoryEntry> History => Set<WorkflowHistoryEntry>();

    public DbSet<WorkflowReceivedEvent> ReceivedEvents => Set<WorkflowReceivedEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowDefinition>(e =>
        {
            e.ToTable("Workflows_Definitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.TitleJa).HasMaxLength(200);
            e.Property(x => x.TitleEn).HasMaxLength(200);
            e.Property(x => x.SeedHash).HasMaxLength(SeedHashes.Length);
            e.HasIndex(x => x.Name).IsUnique();
        });

        modelBuilder.Entity<WorkflowDefinitionVersion>(e =>
        {
            e.ToTable("Workflows_DefinitionVersions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.SeedHash).HasMaxLength(SeedHashes.Length);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.HasOne<WorkflowDefinition>().WithMany().HasForeignKey(x => x.DefinitionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
            e.HasIndex(x => x.Status);
        });

        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("Workflows_Instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.DefinitionName).HasMaxLength(100);
            e.Property(x => x.BusinessKey).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FaultedElementId).HasMaxLength(200);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.BusinessKey);
            e.HasIndex(x => new { x.DefinitionId, x.Status });
            e.HasIndex(x => new { x.Status, x.UpdatedUtc });
            e.HasIndex(x => x.CreatedUtc);
        });

        modelBuilder.Entity<WorkflowWait>(e =>
        {
            e.ToTable("Workflows_Waits");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ElementId).HasMaxLength(200);
            e.Property(x => x.EventName).HasMaxLength(200);
            e.Property(x => x.BusinessKey).HasMaxLength(200);
            e.Property(x => x.CyclePeriod).HasMaxLength(50);
            e.HasIndex(x => new { x.EventName, x.BusinessKey });
            e.HasIndex(x => x.DueUtc);
            e.HasIndex(x => x.InstanceId);
        });

        modelBuilder.Entity<WorkflowTask>(e =>
        {
            e.ToTable("Workflows_Tasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.ElementId).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.DefinitionName).HasMaxLength(100);
            e.Property(x => x.BusinessKey).HasMaxLength(200);
            e.Property(x => x.AssigneeUser).HasMaxLength(256);
            e.Property(x => x.Role).HasMaxLength(100);
            e.Property(x => x.DepartmentCode).HasMaxLength(100);
            e.Property(x => x.Outcomes).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Outcome).HasMaxLength(100);
            e.Property(x => x.CompletedBy).HasMaxLength(256);
            e.Ignore(x => x.OutcomeList);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => new { x.Status, x.AssigneeUser });
            e.HasIndex(x => new { x.Status, x.Role });
            e.HasIndex(x => new { x.Status, x.DepartmentCode });
        });

        modelBuilder.Entity<WorkflowHistoryEntry>(e =>
        {
            e.ToTable("Workflows_History");
            e.HasKey(x => x.Id);
            e.Property(x => x.ElementId).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.Outcome).HasMaxLength(100);
            e.HasIndex(x => x.InstanceId);
        });

        modelBuilder.Entity<WorkflowReceivedEvent>(e =>
        {
            e.ToTable("Workflows_ReceivedEvents");
            e.HasKey(x => x.EventId);
            e.Property(x => x.EventId).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.BusinessKey).HasMaxLength(200);
            e.HasIndex(x => x.ReceivedUtc);
        });
    }
}
