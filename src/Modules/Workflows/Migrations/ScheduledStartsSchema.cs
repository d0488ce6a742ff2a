using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Workflows.Data;

namespace OpenCityAomori.Modules.Workflows.Migrations;

/// <summary>Timer start events: when each published definition starts itself next.</summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("202612050000_ScheduledStartsSchema")]
internal sealed class ScheduledStartsSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Workflows_ScheduledStarts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DefinitionId = t.Column<Guid>(nullable: false),
            VersionId = t.Column<Guid>(nullable: false),
            ElementId = t.Column<string>(maxLength: 200, nullable: false),
            DueUtc = t.Column<DateTime>(nullable: false),
            CycleRemaining = t.Column<int>(nullable: true),
            CyclePeriod = t.Column<string>(maxLength: 100, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Workflows_ScheduledStarts", x => x.Id));
        mb.CreateIndex("IX_Workflows_ScheduledStarts_DueUtc", "Workflows_ScheduledStarts", "DueUtc");
        mb.CreateIndex("IX_Workflows_ScheduledStarts_DefinitionId", "Workflows_ScheduledStarts", "DefinitionId");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Workflows_ScheduledStarts");
}
