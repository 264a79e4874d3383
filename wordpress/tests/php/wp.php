<?php
/**
 * Test helper run by wordpress/tests/run.mjs: `php wp.php PORT COMMAND [ARG…]`, prints JSON.
 *
 *   install ZIP ADMIN_PASS EDITOR_PASS  installs the site, an Editor without unfiltered_html,
 *                                       and the plugin from the zip (as Plugins → Add New → Upload does), then activates it
 *   raw-post TITLE CONTENT              publishes a post with kses off (as a user with unfiltered_html)
 *   shortcode CONTENT                   the output of do_shortcode( CONTENT )
 *   options                             the plugin's options
 *   uninstall                           deactivates and uninstalls the plugin (runs uninstall.php)
 */

// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- a CLI tool printing JSON.

[ , $port, $command ] = $argv + array( null, null, null );
$args                 = array_slice( $argv, 3 );
if ( ! $port || ! $command ) {
	fwrite( STDERR, "usage: php wp.php PORT COMMAND [ARG...]\n" );
	exit( 2 );
}

// Debian's wp-config.php picks /etc/wordpress/config-127.0.0.1.php from the host name.
$_SERVER['HTTP_HOST']       = '127.0.0.1:' . $port;
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['SERVER_PORT']     = $port;
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

const COALITION_TEST_PLUGIN = 'coalition-embed/coalition-embed.php';

function coalition_test_out( array $data ): void {
	echo wp_json_encode( $data, JSON_UNESCAPED_SLASHES ), "\n";
}

function coalition_test_admin(): WP_User {
	$admin = get_user_by( 'login', 'admin' );
	wp_set_current_user( $admin->ID );
	return $admin;
}

switch ( $command ) {
	case 'install':
		[ $zip, $admin_pass, $editor_pass ] = $args;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$installed = wp_install( 'Coalition embed test', 'admin', 'admin@example.org', false, '', wp_slash( $admin_pass ), 'en_US' );
		if ( is_wp_error( $installed['password'] ?? null ) ) {
			throw new RuntimeException( 'wp_install failed' );
		}
		coalition_test_admin();

		// Editors have unfiltered_html on a single site; like on multisite (and many hardened
		// sites) ours must not, so that what they save passes through kses.
		get_role( 'editor' )->remove_cap( 'unfiltered_html' );
		$editor_id = wp_insert_user(
			array(
				'user_login' => 'editor',
				'user_pass'  => $editor_pass,
				'user_email' => 'editor@example.org',
				'role'       => 'editor',
			)
		);
		if ( is_wp_error( $editor_id ) ) {
			throw new RuntimeException( $editor_id->get_error_message() );
		}
		// No welcome guide over the block editor.
		update_user_meta( $editor_id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );

		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		WP_Filesystem();
		$skin     = new WP_Ajax_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$result   = $upgrader->install( $zip );
		if ( true !== $result ) {
			$errors = is_wp_error( $result ) ? $result->get_error_messages() : $skin->get_error_messages();
			throw new RuntimeException( 'plugin install failed: ' . implode( '; ', (array) $errors ) );
		}
		$activated = activate_plugin( COALITION_TEST_PLUGIN );
		if ( is_wp_error( $activated ) ) {
			throw new RuntimeException( 'activation failed: ' . $activated->get_error_message() );
		}
		coalition_test_out(
			array(
				'version'               => get_bloginfo( 'version' ),
				'plugin'                => $upgrader->plugin_info(),
				'active'                => is_plugin_active( COALITION_TEST_PLUGIN ),
				'pluginDir'             => WP_PLUGIN_DIR . '/coalition-embed',
				'editorUnfilteredHtml'  => user_can( $editor_id, 'unfiltered_html' ),
				'theme'                 => get_stylesheet(),
				'helloWorld'            => get_permalink( 1 ),
			)
		);
		break;

	case 'raw-post':
		[ $title, $content ] = $args;
		coalition_test_admin();
		kses_remove_filters();
		$id = wp_insert_post(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			throw new RuntimeException( $id->get_error_message() );
		}
		coalition_test_out(
			array(
				'id'   => $id,
				'link' => get_permalink( $id ),
				'raw'  => get_post_field( 'post_content', $id, 'raw' ),
			)
		);
		break;

	case 'shortcode':
		coalition_test_out( array( 'html' => do_shortcode( $args[0] ) ) );
		break;

	case 'options':
		coalition_test_out(
			array(
				'campaign' => get_option( 'coalition_embed_campaign' ),
				'partner'  => get_option( 'coalition_embed_partner' ),
			)
		);
		break;

	case 'uninstall':
		coalition_test_admin();
		deactivate_plugins( COALITION_TEST_PLUGIN );
		$before = array(
			'campaign' => get_option( 'coalition_embed_campaign' ),
			'partner'  => get_option( 'coalition_embed_partner' ),
		);
		$uninstallable = is_uninstallable_plugin( COALITION_TEST_PLUGIN );
		uninstall_plugin( COALITION_TEST_PLUGIN );
		wp_cache_flush();
		coalition_test_out(
			array(
				'uninstallable' => $uninstallable,
				'before'        => $before,
				'after'         => array(
					'campaign' => get_option( 'coalition_embed_campaign' ),
					'partner'  => get_option( 'coalition_embed_partner' ),
				),
			)
		);
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
