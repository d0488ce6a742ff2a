using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Data;

internal sealed class FormsDbContext(DbContextOptions<FormsDbContext> options) : DbContext(options)
{
    public DbSet<FormDefinition> Definitions => Set<FormDefinition>();

    public DbSet<FormSubmission> Submissions => Set<FormSubmission>();

    public DbSet<SubmissionFile> Files => Set<SubmissionFile>();

    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FormDefinition>(e =>
        {
            e.ToTable("Forms_Definitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(64);
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.TitleJa).HasMaxLength(200);
            e.Property(x => x.TitleEn).HasMaxLength(200);
            e.Property(x => x.ConfirmationField).HasMaxLength(64);
            e.Property(x => x.NotifyEmails).HasMaxLength(2000);
            e.Property(x => x.ReceiptPrefix).HasMaxLength(8);
        });
        modelBuilder.Entity<FormSubmission>(e =>
        {
            e.ToTable("Forms_Submissions");
            e.HasKey(x => x.Id);
            e.Property(x => x.FormName).HasMaxLength(64);
            e.Property(x => x.ReceiptNumber).HasMaxLength(40);
            e.HasIndex(x => x.ReceiptNumber).IsUnique();
            e.Property(x => x.Culture).HasMaxLength(8);
            e.Property(x => x.EventStatus).HasConversion<int>();
            e.Property(x => x.EmailStatus).HasConversion<int>();
            e.Property(x => x.EventError).HasMaxLength(2000);
            e.Property(x => x.EmailError).HasMaxLength(2000);
            e.HasIndex(x => x.SubmittedUtc);
            e.HasIndex(x => new { x.FormId, x.SubmittedUtc });
            e.HasIndex(x => x.EventStatus);
        });
        modelBuilder.Entity<SubmissionFile>(e =>
        {
            e.ToTable("Forms_Files");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.FieldName).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.HasIndex(x => x.SubmissionId);
            e.HasOne<FormSubmission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReceiptCounter>(e =>
        {
            e.ToTable("Forms_ReceiptCounters");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(40);
        });
    }
}
