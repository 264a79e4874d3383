<?php
/**
 * Removes the plugin's options when the plugin is deleted from Plugins.
 *
 * @package coalition-embed
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Deletes the options of the current site.
 */
function coalition_embed_delete_options(): void {
	delete_option( 'coalition_embed_campaign' );
	delete_option( 'coalition_embed_partner' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $coalition_embed_site ) {
		switch_to_blog( (int) $coalition_embed_site );
		coalition_embed_delete_options();
		restore_current_blog();
	}
} else {
	coalition_embed_delete_options();
}
