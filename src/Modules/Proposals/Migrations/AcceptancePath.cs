using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>The staff page of the record a scheme made of an accepted proposal.</summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612170400_AcceptancePath")]
internal sealed class AcceptancePath : Migration
{
    protected override void Up(MigrationBuilder mb) =>
        mb.AddColumn<string>("AcceptancePath", "Proposals_Proposals", maxLength: 200, nullable: true);

    protected override void Down(MigrationBuilder mb) => mb.DropColumn("AcceptancePath", "Proposals_Proposals");
}
