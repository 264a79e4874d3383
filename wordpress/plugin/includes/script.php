<?php
/**
 * The widgets' script: served from the plugin's own folder, enqueued once with defer, only on
 * pages that render a widget.
 *
 * @package coalition-embed
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'coalition_embed_register_script', 5 );
add_filter( 'script_loader_tag', 'coalition_embed_script_tag', 10, 2 );
add_action( 'enqueue_block_editor_assets', 'coalition_embed_enqueue' );
add_action( 'enqueue_block_assets', 'coalition_embed_enqueue_in_editor' );

/**
 * Registers the built script. WordPress 6.3+ reads the strategy; 6.1 and 6.2 take the array as
 * "in the footer", and coalition_embed_script_tag() adds defer.
 */
function coalition_embed_register_script(): void {
	wp_register_script(
		COALITION_EMBED_HANDLE,
		plugins_url( 'assets/coalition-embed.js', COALITION_EMBED_FILE ),
		array(),
		coalition_embed_definitions()['version'],
		array(
			'in_footer' => true,
			'strategy'  => 'defer',
		)
	);
}

/**
 * Enqueues the script for this page. Called by every shortcode and block while it renders, which
 * is in time: WordPress prints footer scripts after the content.
 */
function coalition_embed_enqueue(): void {
	wp_enqueue_script( COALITION_EMBED_HANDLE );
}

/**
 * In the block editor (also when it puts the blocks in an iframe), the previews upgrade too.
 */
function coalition_embed_enqueue_in_editor(): void {
	if ( is_admin() ) {
		coalition_embed_enqueue();
	}
}

/**
 * Adds defer (where WordPress has not) and data-campaign to our script tag.
 *
 * @param string $tag    The script tag(s) WordPress is about to print.
 * @param string $handle The script's handle.
 * @return string The tag.
 */
function coalition_embed_script_tag( $tag, $handle ) {
	if ( COALITION_EMBED_HANDLE !== $handle || ! is_string( $tag ) ) {
		return $tag;
	}
	$extra = '';
	if ( ! preg_match( '/<script\b[^>]*\bsrc=[^>]*\sdefer\b|<script\b[^>]*\sdefer\b[^>]*\bsrc=/i', $tag ) ) {
		$extra .= ' defer';
	}
	$campaign = coalition_embed_campaign_url();
	if ( '' !== $campaign ) {
		$campaign = esc_url( $campaign, array( 'https', 'http' ) );
		if ( '' !== $campaign ) {
			$extra .= ' data-campaign="' . esc_attr( $campaign ) . '"';
		}
	}
	if ( '' === $extra ) {
		return $tag;
	}
	// Only the tag with our src: inline scripts attached to the handle stay as they are.
	return preg_replace_callback(
		'/<script\b(?=[^>]*\bsrc=)/i',
		static fn() => '<script' . $extra,
		$tag,
		1
	);
}
