package org.parley.security;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new key's name and role. The role is taken as text and checked here, so a wrong value
 * is answered like any other invalid field, naming it.
 *
 * @param name what the key is for, e.g. who holds it
 * @param role EDITOR or ADMIN
 */
record CreateApiKeyRequest(
		@Schema(description = "What the key is for, e.g. who holds it", example = "newsroom importer",
				maxLength = 100) @NotBlank @Size(max = 100) String name,
		@Schema(description = "EDITOR (may write) or ADMIN (may also manage keys)", allowableValues = {
				"EDITOR", "ADMIN" }) @NotNull @Pattern(regexp = "EDITOR|ADMIN",
						message = "must be EDITOR or ADMIN") String role){

	ApiKeyRole apiKeyRole() {
		return ApiKeyRole.valueOf(this.role);
	}

}
