using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Workflows.Data;

namespace OpenCityAomori.Modules.Workflows.Migrations;

/// <summary>
/// What the recipe seeded: the hash of the file last applied to a definition and of the file each version came from.
/// Sites seeded before have none; the recipe step recognises their seeded versions itself (created and published by no one).
/// </summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("202612090000_RecipeSeedHashes")]
internal sealed class RecipeSeedHashes : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<string>("SeedHash", "Workflows_Definitions", maxLength: 64, nullable: true);
        mb.AddColumn<string>("SeedHash", "Workflows_DefinitionVersions", maxLength: 64, nullable: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropColumn("SeedHash", "Workflows_DefinitionVersions");
        mb.DropColumn("SeedHash", "Workflows_Definitions");
    }
}
